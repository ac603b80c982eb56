namespace OncologyBilling.Api.Contracts;

/// <summary>The reference data a scrub used.</summary>
public sealed record ReferenceDataOutput
{
    /// <summary>Name of the loaded reference-data set.</summary>
    public required string Version { get; init; }

    /// <summary>Each table with its version and effective dates.</summary>
    public required IReadOnlyList<TableOutput> Tables { get; init; }
}
