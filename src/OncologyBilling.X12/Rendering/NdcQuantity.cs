namespace OncologyBilling.X12.Rendering;

/// <summary>
/// CTP04/CTP05 for a drug line with an NDC: the documented amount in its own unit (mg, mcg and g as ME milligrams, mL as ML).
/// The administered line sums the doses it covers; a JW line sums the documented discarded amounts. An amount not
/// documented, units that do not add up, or labelled "units" (F2 international units or not, the request cannot say)
/// are problems, never a guessed quantity.
/// </summary>
internal static class NdcQuantity
{
    public static X12Drug? Of(X12Checks checks, ClaimLine line, int number, Encounter encounter, string path)
    {
        var waste = line.Modifiers.Contains("JW");
        var amounts = new List<(decimal Amount, string Unit)>();
        foreach (var index in line.AdministrationIndexes)
        {
            var a = encounter.Administrations[index];
            var field = waste ? "wasted" : "dose";
            var amount = waste ? a.Wasted : a.Dose;
            if (amount is null || ToNdcUnit(amount) is not { } converted)
            {
                checks.Add($"{path}[{index}].{field}", amount is null
                    ? $"Line {number}: the NDC quantity (CTP04) needs the documented {(waste ? "discarded amount" : "dose")} of {path}[{index}]."
                    : $"Line {number}: a {field} in units cannot be stated as an NDC quantity without knowing whether they are international units (F2).");
                return null;
            }

            amounts.Add(converted);
        }

        if (amounts.Select(a => a.Unit).Distinct().Count() != 1)
        {
            checks.Add($"{path}", $"Line {number}: the administrations it covers are documented in different kinds of unit (mass and volume), so one NDC quantity cannot be stated.");
            return null;
        }

        return new X12Drug(line.Ndc!, amounts.Sum(a => a.Amount), amounts[0].Unit);
    }

    private static (decimal Amount, string Unit)? ToNdcUnit(Quantity q) => q.Unit switch
    {
        DoseUnit.Mg => (q.Amount, "ME"),
        DoseUnit.Mcg => (q.Amount / 1000m, "ME"),
        DoseUnit.G => (q.Amount * 1000m, "ME"),
        DoseUnit.ML => (q.Amount, "ML"),
        _ => null,
    };
}
