using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Sequencing;

/// <summary>
/// The curated tables the diagnosis-sequencing rules read: manifestation codes, drugs that tell the encounter reason, and
/// non-oncology codes of hormonal antineoplastics. Embedded only: no CMS or CDC file carries them.
/// </summary>
public sealed class SequencingTables
{
    private readonly FrozenDictionary<string, ManifestationRow> _manifestations;
    private readonly FrozenDictionary<string, SequencingDrugRow> _drugs;
    private readonly FrozenDictionary<string, NonOncologyCodeRow> _nonOncology;

    public SequencingTables(TableFile<ManifestationRow> manifestations, TableFile<SequencingDrugRow> drugs, TableFile<NonOncologyCodeRow> nonOncology)
    {
        _manifestations = manifestations.Rows.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _drugs = drugs.Rows.ToFrozenDictionary(r => r.Hcpcs, StringComparer.OrdinalIgnoreCase);
        _nonOncology = nonOncology.Rows.ToFrozenDictionary(r => r.Hcpcs, StringComparer.OrdinalIgnoreCase);
        Versions = [manifestations.Describe(), drugs.Describe(), nonOncology.Describe()];
    }

    public static SequencingTables Embedded { get; } = new(
        TableLoader.Load<ManifestationRow>("icd-manifestations.json"),
        TableLoader.Load<SequencingDrugRow>("sequencing-drugs.json"),
        TableLoader.Load<NonOncologyCodeRow>("non-oncology-codes.json"));

    public IReadOnlyList<TableVersion> Versions { get; }

    public IEnumerable<ManifestationRow> Manifestations => _manifestations.Values;

    /// <summary>The manifestation row of a dotted code (D63.0), or null when the code is not a manifestation.</summary>
    public ManifestationRow? Manifestation(string code) => _manifestations.GetValueOrDefault(code);

    public SequencingDrugRole? RoleOf(string? hcpcs) => hcpcs is not null && _drugs.TryGetValue(hcpcs, out var row) ? row.Role : null;

    public NonOncologyCodeRow? NonOncology(string hcpcs) => _nonOncology.GetValueOrDefault(hcpcs);
}
