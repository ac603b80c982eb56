using System.Globalization;
using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Vocabulary;

namespace OncologyBilling.ReferenceData.Drugs;

/// <summary>
/// Reads a billing unit from the CMS files: the ASP file's "HCPCS Code Dosage" ("10 MG", "1000 CC", "UP TO 50 MG",
/// "1 IU") or the dose segment of a HCPCS long descriptor ("Injection, ceftriaxone sodium, per 250 mg",
/// "Infusion, normal saline solution, sterile (500 ml=1 unit)"). Anything else (per dose, per vial, two strengths,
/// mEq, cells) has no unit the scrubber can divide by: null.
/// </summary>
public static partial class BillingUnitText
{
    [GeneratedRegex(@"^(?:per\s+)?(?<upto>up\s+to\s+)?(?<n>\d[\d,]*(?:\.\d+)?)\s*(?:usp\s+)?(?<u>mg|milligrams?|mcg|micrograms?|gm|grams?|g|ml|milliliters?|cc|iu|units?)(?:\s+of\s+[a-z]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Dose();

    [GeneratedRegex(@"\((?<n>\d+)\s*(?<u>ml|cc)\s*=\s*1\s*unit\)", RegexOptions.IgnoreCase)]
    private static partial Regex FluidUnit();

    // A closed parenthetical, or one the file's first descriptor record cuts off ("10 mg (code may be used for ...").
    [GeneratedRegex(@"\([^)]*(?:\)|$)")]
    private static partial Regex Parenthetical();

    public static BillingUnit? FromAspDosage(string dosage) => Parse(dosage.Trim());

    public static BillingUnit? FromDescriptor(string descriptor)
    {
        if (FluidUnit().Match(descriptor) is { Success: true } fluid)
        {
            return new BillingUnit(decimal.Parse(fluid.Groups["n"].Value, CultureInfo.InvariantCulture), DoseUnit.ML);
        }

        var segments = Parenthetical().Replace(descriptor, " ").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return segments.Skip(1).Reverse().Select(Parse).FirstOrDefault(u => u is not null);
    }

    private static BillingUnit? Parse(string text)
    {
        var m = Dose().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var amount = decimal.Parse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        DoseUnit? unit = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "mg" or "milligram" or "milligrams" => DoseUnit.Mg,
            "mcg" or "microgram" or "micrograms" => DoseUnit.Mcg,
            "gm" or "gram" or "grams" or "g" => DoseUnit.G,
            "ml" or "milliliter" or "milliliters" or "cc" => DoseUnit.ML,
            "iu" or "unit" or "units" => DoseUnit.Units,
            _ => null,
        };
        return unit is { } u && amount > 0 ? new BillingUnit(amount, u, m.Groups["upto"].Success) : null;
    }
}
