namespace OncologyBilling.Api.Contracts;

/// <summary>One rule the scrubber implements, as listed by its stages.</summary>
public sealed record RuleOutput
{
    /// <summary>Stable rule id from coding-rules.md.</summary>
    /// <example>ADM-TIME-02</example>
    public required string Id { get; init; }

    /// <summary>Rule family, as reported in a claim's checks.</summary>
    /// <example>administration</example>
    public required string Family { get; init; }

    /// <summary>Severity of the rule as documented: error, warning or info.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>Plain-English summary for billing staff.</summary>
    public required string Summary { get; init; }

    /// <summary>Section of coding-rules.md and the sources it cites.</summary>
    public required string Source { get; init; }
}
