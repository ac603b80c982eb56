namespace OncologyBilling.Api.Contracts;

/// <summary>A billing problem or an explanation of an automatic change.</summary>
public sealed record FindingOutput
{
    /// <summary>Rule id from coding-rules.md; GET /api/v1/rules describes it.</summary>
    /// <example>ADM-INIT-01</example>
    public required string RuleId { get; init; }

    /// <summary>error: wrong or will be denied; warning: needs review; info: explains an automatic change.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>What is wrong and what to do, naming codes, drugs, times and amounts.</summary>
    public required string Message { get; init; }

    /// <summary>JSON path into the request, when the finding is about one field.</summary>
    public string? Path { get; init; }

    /// <summary>Line number the finding is about, when it is about a line.</summary>
    public int? Line { get; init; }
}
