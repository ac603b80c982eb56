namespace OncologyBilling.Api.Contracts;

/// <summary>One reference table.</summary>
public sealed record TableOutput
{
    /// <summary>Table name.</summary>
    public required string Table { get; init; }

    /// <summary>Release of the table.</summary>
    public required string Version { get; init; }

    /// <summary>Where the table comes from.</summary>
    public required string Source { get; init; }

    /// <summary>First date of service the table covers.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Last date of service the table covers; null when open-ended.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>
    /// True when this release is in effect on the claim's date of service; false when it was applied as the nearest
    /// release (the families using it say so in <c>checks</c>).
    /// </summary>
    public required bool CoversDateOfService { get; init; }
}
