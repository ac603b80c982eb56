namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// The least total labelled amount of marketed vial sizes (any number of each) that covers a dose (DRG-WASTE-08):
/// a small unbounded-knapsack over sizes scaled to whole numbers.
/// </summary>
public static class VialOptimizer
{
    private const int MaxSteps = 2_000_000;

    public static decimal? LeastTotal(IReadOnlyList<decimal> sizes, decimal dose)
    {
        var usable = sizes.Where(s => s > 0).ToArray();
        if (usable.Length == 0 || dose <= 0)
        {
            return null;
        }

        var scale = 1m;
        while (scale < 1000m && usable.Any(s => decimal.Truncate(s * scale) != s * scale))
        {
            scale *= 10m;
        }

        var steps = usable.Select(s => (int)decimal.Truncate(s * scale)).ToArray();
        var target = (int)decimal.Ceiling(dose * scale);
        var limit = target + steps.Max();
        if (limit > MaxSteps)
        {
            return null;
        }

        var reachable = new bool[limit + 1];
        reachable[0] = true;
        for (var total = 1; total <= limit; total++)
        {
            reachable[total] = steps.Any(s => s <= total && reachable[total - s]);
            if (reachable[total] && total >= target)
            {
                return total / scale;
            }
        }

        return null;
    }
}
