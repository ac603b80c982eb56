using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Icd;

/// <summary>
/// The billable ICD-10-CM codes of one fiscal year, from the CDC codes file. That file lists billable codes only, so a
/// code absent from it is a header (C50.91) or not a code.
/// </summary>
public sealed class IcdCodeSet(TableVersion version, IEnumerable<string> codes)
{
    private readonly FrozenSet<string> _codes = codes.ToFrozenSet(StringComparer.Ordinal);

    public TableVersion Version { get; } = version;

    public int Count => _codes.Count;

    public IcdStatus Lookup(string code) => _codes.Contains(Undotted(code)) ? IcdStatus.Billable : IcdStatus.NotBillable;

    public static string Undotted(string code) => code.Replace(".", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
}
