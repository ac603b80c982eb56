namespace OncologyBilling.X12.Rendering;

/// <summary>
/// Envelope, submitter, receiver and billing-provider values the request does not carry, bound from configuration
/// section <c>X12</c> (docs/x12.md lists every key). Nothing has a default: a missing value is a problem naming its key.
/// </summary>
public sealed class X12Options
{
    public const string SectionName = "X12";

    /// <summary>ISA05 interchange sender id qualifier, e.g. ZZ (mutually defined) or 30 (federal tax id).</summary>
    public string? SenderIdQualifier { get; set; }

    /// <summary>ISA06 interchange sender id (up to 15 characters).</summary>
    public string? SenderId { get; set; }

    /// <summary>ISA07 interchange receiver id qualifier.</summary>
    public string? ReceiverIdQualifier { get; set; }

    /// <summary>ISA08 interchange receiver id (up to 15 characters).</summary>
    public string? ReceiverId { get; set; }

    /// <summary>GS02 application sender's code.</summary>
    public string? ApplicationSenderCode { get; set; }

    /// <summary>GS03 application receiver's code.</summary>
    public string? ApplicationReceiverCode { get; set; }

    /// <summary>ISA15: T (test) or P (production).</summary>
    public string? UsageIndicator { get; set; }

    /// <summary>Loop 1000A: the submitter's name, EDI id (NM109) and contact (PER).</summary>
    public X12PartyOptions Submitter { get; set; } = new();

    /// <summary>Loop 1000B: the receiver's name and EDI id.</summary>
    public X12PartyOptions Receiver { get; set; } = new();

    /// <summary>Billing providers by NPI: the request's billingProvider.npi selects one.</summary>
    public Dictionary<string, X12BillingProviderOptions> BillingProviders { get; set; } = new(StringComparer.Ordinal);
}
