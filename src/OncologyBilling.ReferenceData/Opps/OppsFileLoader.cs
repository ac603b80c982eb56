using System.Globalization;
using OncologyBilling.ReferenceData.Files;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.ReferenceData.Opps;

/// <summary>The status indicators of OPPS Addendum B, from the same parse the estimate's rates come from (<see cref="OppsAddendumBFile"/>).</summary>
public static class OppsFileLoader
{
    public static StatusIndicatorTable Load(string path) => Load(ReferenceSource.FromFile(path));

    public static StatusIndicatorTable Load(ReferenceSource source) => FromAddendumB(OppsAddendumBFile.Load(source));

    public static StatusIndicatorTable FromAddendumB(TableFile<OppsRateRow> addendumB)
    {
        var version = new TableVersion("opps-status-indicators", addendumB.EffectiveFrom.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            addendumB.Source, addendumB.EffectiveFrom, addendumB.EffectiveTo);
        return new StatusIndicatorTable(version, addendumB.Rows.Select(r => new StatusIndicatorRow(r.Hcpcs, r.StatusIndicator)));
    }
}
