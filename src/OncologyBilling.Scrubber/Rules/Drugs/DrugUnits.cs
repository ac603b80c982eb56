using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// DRG-UNIT-01: the units of a HCPCS code on one date are the day's total amount of that code (every administration on
/// the claim that date) divided by the billing unit and rounded up once, at least 1: gemcitabine 1,250 mg twice at
/// 200 mg per unit is 2,500 ÷ 200 = 12.5 → 13, never 7 + 7 = 14. Sources: CMS Pub. 100-04 Claims Processing Manual
/// ch. 17 §§10, 40, 70 (units in multiples of the HCPCS long descriptor's dosage, a dose between units rounded up to
/// the next unit); CMS JW/JZ modifier FAQ (administered amount rounded up, discarded amount rounded down).
/// When the day's doses came under several NDCs the one total is shared out among the NDC lines (largest remainder).
/// </summary>
internal static class DrugUnits
{
    public static int Ceiling(decimal amount, decimal unit) => Math.Max(1, (int)decimal.Ceiling(Math.Round(amount, 3) / unit));

    public static IReadOnlyList<DrugLineGroup> Allocate(ScrubContext context, IReadOnlyList<DrugPortion> day)
    {
        var unit = day[0].Drug.BillingUnit;
        var total = day.Sum(p => p.Amount);
        var units = Ceiling(total, unit.Amount);
        var explanation = Explain(day, total, units);
        var byNdc = day.GroupBy(p => p.Ndc).Select(g => g.ToArray()).ToArray();
        if (byNdc.Length == 1)
        {
            return [new DrugLineGroup(day, units, explanation)];
        }

        var shares = byNdc.Select(g => g.Sum(p => p.Amount) / unit.Amount).ToArray();
        var allotted = shares.Select(s => (int)decimal.Floor(s)).ToArray();
        var order = Enumerable.Range(0, shares.Length).OrderByDescending(i => shares[i] - allotted[i]).ThenBy(i => i).ToArray();
        var remaining = units - allotted.Sum();
        for (var k = 0; k < remaining; k++)
        {
            allotted[order[k % order.Length]]++;
        }

        var kept = Enumerable.Range(0, byNdc.Length).Where(i => allotted[i] > 0).ToList();
        foreach (var empty in Enumerable.Range(0, byNdc.Length).Where(i => allotted[i] == 0))
        {
            var host = kept.OrderByDescending(i => allotted[i]).First();
            byNdc[host] = [.. byNdc[host], .. byNdc[empty]];
            context.Report(DrugRules.DrgUnit01, FindingSeverity.Warning,
                $"{day[0].Drug.Hcpcs}: NDC {byNdc[empty][0].Ndc ?? "(none)"} adds less than one unit to the day's rounded total, so its amount is billed on the line of NDC {byNdc[host][0].Ndc ?? "(none)"}; check the payer's NDC reporting.",
                $"{byNdc[empty][0].Administration.Source.Path}.drug.ndc");
        }

        return [.. kept.Select(i => new DrugLineGroup(byNdc[i], allotted[i], $"{explanation}; NDC {byNdc[i][0].Ndc ?? "(none)"}: {Wording.Number(shares[i])} of them → {allotted[i]}"))];
    }

    private static string Explain(IReadOnlyList<DrugPortion> day, decimal total, int units)
    {
        var first = day[0];
        var unit = first.Drug.BillingUnit;
        var upTo = unit.UpTo ? "up to " : string.Empty;
        var plural = units == 1 ? string.Empty : "s";
        if (day.Count == 1)
        {
            return $"{first.Administration.DrugName} {Wording.Amount(total, unit.Unit)} ÷ {upTo}{Wording.Amount(unit.Amount, unit.Unit)} = {Wording.Number(total / unit.Amount)} → {units} unit{plural}";
        }

        var amounts = string.Join(" + ", day.Select(p => $"{Wording.Amount(p.Amount, unit.Unit)} ({p.Administration.Source.Reference})"));
        return $"{first.Administration.DrugName} on {first.ServiceDate:yyyy-MM-dd}: {amounts} = {Wording.Amount(total, unit.Unit)} ÷ {upTo}{Wording.Amount(unit.Amount, unit.Unit)} = {Wording.Number(total / unit.Amount)} → {units} unit{plural} (the day's total, rounded up once)";
    }
}

/// <summary>The portions one drug line bills (one code, date and NDC) and its units from the day's one division.</summary>
internal sealed record DrugLineGroup(IReadOnlyList<DrugPortion> Portions, int Units, string Explanation);
