namespace OncologyBilling.Api.Security;

/// <summary>The <c>ApiKeys</c> configuration section. No key exists unless one is configured.</summary>
internal sealed class ApiKeyOptions
{
    public const string Section = "ApiKeys";

    public List<ApiKeyEntry> Keys { get; set; } = [];
}
