using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>Add-on codes and their primaries (NCCI add-on code edits).</summary>
public sealed class AddOnTable(TableFile<AddOnRow> table)
{
    private readonly FrozenDictionary<string, AddOnRow> _rows = table.Rows.ToFrozenDictionary(r => r.AddOn, StringComparer.OrdinalIgnoreCase);

    public TableVersion Version { get; } = table.Describe();

    public AddOnRow? Find(string code) => _rows.GetValueOrDefault(code);
}
