
namespace OncologyBilling.Scrubber.Model;

/// <summary>A claim line as the pipeline builds it; numbered and frozen when the scrub ends.</summary>
public sealed class ClaimLine
{
    public required LineKind Kind { get; init; }
    public required string Code { get; set; }
    public required int Units { get; set; }
    public List<string> Modifiers { get; init; } = [];
    public DrugCategory? Category { get; init; }
    public int? Minutes { get; init; }
    public List<string> AdministrationIds { get; init; } = [];

    /// <summary>Request indexes of the administrations this line covers (not echoed; used by later stages).</summary>
    public List<int> AdministrationIndexes { get; init; } = [];
    public List<int> DiagnosisPointers { get; init; } = [];
    public List<string> RuleIds { get; init; } = [];
    public required string Explanation { get; set; }
    public string? Ndc { get; set; }

    /// <summary>Date the service was provided (ADM-DOS-01); null means the encounter's date of service.</summary>
    public DateOnly? ServiceDate { get; set; }

    /// <summary>NUBC revenue code for institutional claims (SET-06, revenue-codes table); null on professional claims.</summary>
    public string? RevenueCode { get; set; }

    /// <summary>Order within its kind: hierarchy rank, then initial before add-ons. Lower sorts first.</summary>
    public int SortKey { get; set; }
}
