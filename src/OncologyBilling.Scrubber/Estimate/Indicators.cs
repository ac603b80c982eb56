using System.Collections.Concurrent;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// A line estimate's indicator ("PFS status A", "OPPS SI S, APC 5694"), written once per status and APC: the texts
/// come from a small fixed set of table values, and every priced line repeats one.
/// </summary>
internal static class Indicators
{
    private static readonly ConcurrentDictionary<string, string> PfsStatus = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Si, string? Apc), string> OppsStatus = new();

    public static string Pfs(PfsRateRow row) => PfsStatus.GetOrAdd(row.Status, static status => $"PFS status {status}");

    public static string Opps(OppsRateRow row) => OppsStatus.GetOrAdd(
        (row.StatusIndicator, row.Apc), static key => key.Apc is null ? $"OPPS SI {key.Si}" : $"OPPS SI {key.Si}, APC {key.Apc}");
}
