using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
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
        var total = 0m;
        var oneNdc = true;
        for (var i = 0; i < day.Count; i++)
        {
            total += day[i].Amount;
            oneNdc &= day[i].Ndc == day[0].Ndc;
        }

        var units = Ceiling(total, unit.Amount);
        var explanation = Arithmetic(day, total, units);
        if (oneNdc)
        {
            return [new DrugLineGroup(day, units, explanation)];
        }

        var byNdc = day.GroupBy(p => p.Ndc).Select(g => g.ToArray()).ToArray();
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
            var merged = new Facts { { "code", day[0].Drug.Hcpcs }, { "mergedNdc", byNdc[empty][0].Ndc ?? "(none)" }, { "hostNdc", byNdc[host][0].Ndc ?? "(none)" } };
            context.Report(DrugRules.DrgUnit01, $"{byNdc[empty][0].Administration.Source.Path}.drug.ndc", merged, severity: FindingSeverity.Warning);
        }

        return [.. kept.Select(i => new DrugLineGroup(byNdc[i], allotted[i], WithShare(explanation, byNdc[i][0].Ndc, shares[i], allotted[i])))];
    }

    // The facts of DrugMessages.Units: one administration's division, or the day's parts added then divided once.
    private static Facts Arithmetic(IReadOnlyList<DrugPortion> day, decimal total, int units)
    {
        var unit = day[0].Drug.BillingUnit;
        var facts = new Facts
        {
            { "drug", day[0].Administration.DrugName }, { "dose", new Quantity(total, unit.Unit) }, { "upTo", unit.UpTo },
            { "billingUnit", new Quantity(unit.Amount, unit.Unit) }, { "ratio", total / unit.Amount }, { "units", units },
        };
        if (day.Count > 1)
        {
            facts.Add("date", day[0].ServiceDate);
            facts.Add("parts", string.Join(" + ", day.Select(p => $"{Wording.Amount(p.Amount, unit.Unit)} ({p.Administration.Source.Reference})")));
        }

        return facts;
    }

    private static Facts WithShare(Facts day, string? ndc, decimal share, int units)
    {
        var facts = new Facts();
        foreach (var (name, value) in day)
        {
            facts.Add(name, value);
        }

        facts.Add("ndc", ndc ?? "(none)");
        facts.Add("share", share);
        facts.Add("ndcUnits", units);
        return facts;
    }
}

/// <summary>The portions one drug line bills (one code, date and NDC) and its units from the day's one division.</summary>
internal sealed record DrugLineGroup(IReadOnlyList<DrugPortion> Portions, int Units, Facts Arithmetic);
