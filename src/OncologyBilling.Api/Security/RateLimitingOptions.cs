namespace OncologyBilling.Api.Security;

/// <summary>The <c>RateLimiting</c> section: a fixed one-minute window per API key.</summary>
internal sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests each key may make per minute unless the key sets its own <c>PermitsPerMinute</c>.</summary>
    public int PermitsPerMinute { get; set; } = 600;
}
