namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>Converts an amount to a HCPCS descriptor's unit: mass units convert among g, mg and mcg; mL and units only to themselves.</summary>
public static class DoseConverter
{
    public static decimal? ToUnit(decimal amount, DoseUnit from, DoseUnit to) =>
        from == to ? amount
        : MilligramsPer(from) is { } f && MilligramsPer(to) is { } t ? amount * f / t
        : null;

    private static decimal? MilligramsPer(DoseUnit unit) => unit switch
    {
        DoseUnit.G => 1000m,
        DoseUnit.Mg => 1m,
        DoseUnit.Mcg => 0.001m,
        _ => null,
    };
}
