using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// A paid line's basis and coinsurance basis depend only on its rate row and its units, so each pair is written once
/// per row and units and reused by every later claim priced from the same release (a dose of the same size, the same
/// administration code). A row keeps at most <see cref="MaxUnitsPerRow"/> unit counts; others are written per claim.
/// </summary>
internal static class BasisTexts
{
    private const int MaxUnitsPerRow = 64;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, (string Basis, string Coinsurance)>> ByRow = new();

    public static (string Basis, string Coinsurance) For<TRow>(TRow row, int units, Func<TRow, int, (string Basis, string Coinsurance)> write)
        where TRow : class
    {
        var written = ByRow.GetValue(row, static _ => new ConcurrentDictionary<int, (string, string)>());
        if (written.TryGetValue(units, out var texts))
        {
            return texts;
        }

        texts = write(row, units);
        if (written.Count < MaxUnitsPerRow)
        {
            written.TryAdd(units, texts);
        }

        return texts;
    }
}
