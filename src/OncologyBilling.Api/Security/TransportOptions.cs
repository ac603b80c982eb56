namespace OncologyBilling.Api.Security;

/// <summary>The <c>Transport</c> section. HTTPS redirection and HSTS apply outside Development and Testing.</summary>
internal sealed class TransportOptions
{
    public const string Section = "Transport";

    /// <summary>
    /// Redirect plain HTTP to HTTPS. Turn off only behind a proxy that terminates TLS and refuses plain HTTP itself,
    /// where redirecting would loop.
    /// </summary>
    public bool HttpsRedirection { get; set; } = true;
}
