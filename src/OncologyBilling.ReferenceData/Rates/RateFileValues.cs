using System.Globalization;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>Reads the CMS files' number formats: "$1,234.560", "20.000"; blank, "." and "N/A" mean no amount.</summary>
internal static class RateFileValues
{
    public static decimal? Money(string text)
    {
        var cleaned = text.Replace("$", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static decimal Required(string text, string column, string code) =>
        Money(text) ?? throw new ReferenceDataException($"{code}: '{column}' is not a number.");
}
