namespace OncologyBilling.Api.Security;

/// <summary>
/// One configured API key. Only the SHA-256 of the key is configured (64 hex digits), never the key itself,
/// so a leaked configuration file does not leak a credential.
/// </summary>
internal sealed class ApiKeyEntry
{
    /// <summary>Who holds the key (an integration or a team); shows in request logs, never the key.</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the UTF-8 key, as hex: <c>printf %s "$KEY" | sha256sum</c>.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>What the key may do: <c>scrub</c>, <c>read</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Optional budget for this key; the default is <c>RateLimiting:PermitsPerMinute</c>.</summary>
    public int? PermitsPerMinute { get; set; }
}
