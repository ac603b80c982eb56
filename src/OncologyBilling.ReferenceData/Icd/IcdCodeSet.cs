using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Icd;

/// <summary>
/// The billable ICD-10-CM codes of one fiscal year. The CDC codes file lists billable codes only, so a code absent
/// from a covered category is a header or invalid. <see cref="CoveredCategories"/> is null when the whole file is loaded.
/// </summary>
public sealed class IcdCodeSet
{
    private readonly FrozenSet<string> _codes;

    public IcdCodeSet(TableVersion version, IEnumerable<string> codes, IEnumerable<string>? coveredCategories)
    {
        Version = version;
        _codes = codes.ToFrozenSet(StringComparer.Ordinal);
        CoveredCategories = coveredCategories?.ToFrozenSet(StringComparer.Ordinal);
    }

    public TableVersion Version { get; }

    public FrozenSet<string>? CoveredCategories { get; }

    public bool IsComplete => CoveredCategories is null;

    public int Count => _codes.Count;

    public static IcdCodeSet FromTable(TableFile<IcdCategoryRow> table) =>
        new(table.Describe(), table.Rows.SelectMany(r => r.Codes), table.Rows.Select(r => r.Category));

    public IcdStatus Lookup(string code)
    {
        var bare = Undotted(code);
        if (_codes.Contains(bare))
        {
            return IcdStatus.Billable;
        }

        return CoveredCategories is null || (bare.Length >= 3 && CoveredCategories.Contains(bare[..3]))
            ? IcdStatus.NotBillable
            : IcdStatus.NotCovered;
    }

    public static string Undotted(string code) => code.Replace(".", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
}
