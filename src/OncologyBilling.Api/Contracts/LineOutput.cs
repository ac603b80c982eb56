namespace OncologyBilling.Api.Contracts;

/// <summary>One claim line with the reasons it exists.</summary>
public sealed record LineOutput
{
    /// <summary>1-based line number.</summary>
    public required int Line { get; init; }

    /// <summary>administration (CPT 96360–96549), drug (HCPCS supply; a JW line follows its drug line) or service.</summary>
    public required LineKind Kind { get; init; }

    /// <summary>CPT or HCPCS code.</summary>
    /// <example>96413</example>
    public required string Code { get; init; }

    /// <summary>Whole units.</summary>
    public required int Units { get; init; }

    /// <summary>Modifiers, sorted; never null.</summary>
    public required IReadOnlyList<string> Modifiers { get; init; }

    /// <summary>Administration family of the line, when it has one.</summary>
    public DrugCategory? Category { get; init; }

    /// <summary>Documented minutes the line is based on, for administration lines.</summary>
    public int? Minutes { get; init; }

    /// <summary>The administrations this line covers: their id, or their request path when no id was sent.</summary>
    public required IReadOnlyList<string> AdministrationIds { get; init; }

    /// <summary>Pointers into diagnoses.</summary>
    public required IReadOnlyList<int> DiagnosisPointers { get; init; }

    /// <summary>Rule ids (coding-rules.md) that produced the line.</summary>
    public required IReadOnlyList<string> RuleIds { get; init; }

    /// <summary>One plain sentence of why the line is there.</summary>
    public required string Explanation { get; init; }

    /// <summary>11-digit NDC (5-4-2, no hyphens) for drug lines, when known.</summary>
    public string? Ndc { get; init; }

    /// <summary>Date the service was provided, when it differs from the claim's date of service.</summary>
    public DateOnly? ServiceDate { get; init; }

    /// <summary>NUBC revenue code for hospitalOutpatient claims (0335 chemotherapy IV, 0636 drugs requiring detailed coding, ...), from the revenue-codes table; null on office claims and for a line the table does not cover.</summary>
    /// <example>0335</example>
    public string? RevenueCode { get; init; }
}
