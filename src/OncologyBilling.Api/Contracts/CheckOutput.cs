namespace OncologyBilling.Api.Contracts;

/// <summary>Whether a rule family ran.</summary>
public sealed record CheckOutput
{
    /// <summary>Rule family, such as mue or ncciPtp.</summary>
    public required string Family { get; init; }

    /// <summary>checked, partial or notChecked.</summary>
    public required CheckStatus Status { get; init; }

    /// <summary>Version of the data the family used; null when it did not run.</summary>
    public string? DataVersion { get; init; }

    /// <summary>Why the family did not run, or what it could not cover.</summary>
    public string? Note { get; init; }
}
