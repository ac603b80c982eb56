namespace OncologyBilling.ReferenceData.Modifiers;

/// <summary>340B modifiers by date of service and hospital group (DRG-340B-02/03); date-effective data, not code.</summary>
public sealed class Modifier340BMatrix(TableFile<Modifier340BRow> table)
{
    public const string DefaultGroup = "default";

    public TableVersion Version { get; } = table.Describe();

    public string? Find(DateOnly date, string hospitalGroup = DefaultGroup) =>
        table.Rows.FirstOrDefault(r => r.HospitalGroup == hospitalGroup && r.Covers(date))?.Modifier;
}
