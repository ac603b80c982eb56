namespace OncologyBilling.Scrubber.Model;

/// <summary>One administered substance as documented, with its position in the request.</summary>
public sealed record Administration
{
    public required int Index
    {
        get;
        init
        {
            field = value;
            // Formatted once: every finding about this administration and every line's reference reads it.
            Path = $"administrations[{value}]";
        }
    }

    public string? Id { get; init; }
    public required DrugReference Drug { get; init; }
    public required AdministrationRoute Route { get; init; }
    public DrugCategory? Category { get; init; }
    public required DateTimeOffset Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public Quantity? Dose { get; init; }
    public IReadOnlyList<VialUse> Vials { get; init; } = [];
    public Quantity? Wasted { get; init; }
    public string? AccessSite { get; init; }

    /// <summary>The protocol required a separate IV site for this administration (ADM-SITE-01): its site gets its own initial.</summary>
    public bool SeparateSiteRequired { get; init; }
    public bool Pump { get; init; }
    public string? Bag { get; init; }

    /// <summary>The drug was acquired under the 340B program (DRG-340B-01).</summary>
    public bool Acquired340B { get; init; }

    /// <summary>JSON path of this administration in the request, for findings.</summary>
    public string Path { get; private init; } = string.Empty;

    /// <summary>The reference echoed on lines: the client's id, or the request path when none was sent.</summary>
    public string Reference => Id ?? Path;

    /// <summary>Documented minutes (stop − start), or null when there is no stop time.</summary>
    public int? Minutes => End is { } end ? (int)Math.Floor((end - Start).TotalMinutes) : null;
}
