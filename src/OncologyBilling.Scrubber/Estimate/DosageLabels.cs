using System.Collections.Concurrent;
using OncologyBilling.Scrubber.Findings;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// The ASP file's dosage labels as the basis prints them (<see cref="Wording.CmsDosage"/>), each cleaned once: the
/// labels are a small fixed set per release, and a regex per priced drug line was a tenth of the estimate's cost.
/// </summary>
internal static class DosageLabels
{
    private static readonly ConcurrentDictionary<string, string> Cleaned = new(StringComparer.Ordinal);

    public static string For(string label) => Cleaned.GetOrAdd(label, static l => Wording.CmsDosage(l));
}
