namespace OncologyBilling.Api.Security;

/// <summary>Names shared by the API key scheme, its policies and the OpenAPI document.</summary>
internal static class ApiKeyDefaults
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string ScopeClaim = "scope";

    /// <summary>Scope needed to scrub encounters (POST endpoints).</summary>
    public const string ScrubScope = "scrub";

    /// <summary>Scope needed to read the rule catalog and reference data (GET endpoints).</summary>
    public const string ReadScope = "read";

    public static readonly IReadOnlySet<string> Scopes = new HashSet<string>(StringComparer.Ordinal) { ScrubScope, ReadScope };
}
