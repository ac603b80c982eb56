namespace OncologyBilling.ReferenceData.Fhir;

/// <summary>The FHIR codings the FHIR endpoint maps (fhir-codes.json), looked up by element, system and code.</summary>
public sealed class FhirCodeTable
{
    private readonly Dictionary<(string Element, string System, string Code), FhirCodeRow> _rows;

    public FhirCodeTable(TableFile<FhirCodeRow> file)
    {
        _rows = file.Rows.ToDictionary(r => (r.Element, r.System, r.Code));
        Systems = file.Rows.GroupBy(r => r.Element).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.System).ToHashSet());
        Version = file.Describe();
    }

    public TableVersion Version { get; }

    /// <summary>The code systems read for each element, for telling an unread system from an unknown code.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Systems { get; }

    public static FhirCodeTable Embedded { get; } = new(TableLoader.Load<FhirCodeRow>("fhir-codes.json"));

    public FhirCodeRow? Find(string element, string? system, string? code) =>
        system is null || code is null ? null : _rows.GetValueOrDefault((element, system, code));

    public bool Reads(string element, string? system) => system is not null && Systems.TryGetValue(element, out var s) && s.Contains(system);
}
