namespace OncologyBilling.Api.Validation;

/// <summary>Compares amounts across units where a conversion exists: mg, mcg and g are masses; mL and units only match themselves.</summary>
internal static class Amounts
{
    /// <summary>The amount in the base unit of its family (mcg for masses), with the family it belongs to.</summary>
    public static (decimal Amount, DoseUnit Family) Normalize(decimal amount, DoseUnit unit) => unit switch
    {
        DoseUnit.G => (amount * 1_000_000m, DoseUnit.Mcg),
        DoseUnit.Mg => (amount * 1_000m, DoseUnit.Mcg),
        DoseUnit.Mcg => (amount, DoseUnit.Mcg),
        _ => (amount, unit),
    };

    /// <summary>
    /// False only when the wasted amount is provably larger than the containers opened. Anything that cannot be
    /// compared (a missing part, units of different families) is left to the scrubber's findings.
    /// </summary>
    public static bool WastedFitsInVials(Contracts.AdministrationInput administration)
    {
        if (administration.Wasted is not { Amount: { } wastedAmount, Unit: { } wastedUnit }
            || administration.Vials is not { Count: > 0 } vials)
        {
            return true;
        }

        var wasted = Normalize(wastedAmount, wastedUnit);
        decimal opened = 0;
        foreach (var vial in vials)
        {
            if (vial is not { Size: { Amount: { } size, Unit: { } unit }, Count: { } count })
            {
                return true;
            }

            var normalized = Normalize(size, unit);
            if (normalized.Family != wasted.Family)
            {
                return true;
            }

            opened += normalized.Amount * count;
        }

        return wasted.Amount <= opened;
    }
}
