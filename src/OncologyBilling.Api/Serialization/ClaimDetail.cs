namespace OncologyBilling.Api.Serialization;

/// <summary>How much of a scrubbed claim to return: everything (default) or the compact form (docs/requests.md).</summary>
internal enum ClaimDetail
{
    Full,
    Compact,
}
