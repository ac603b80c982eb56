using System.Globalization;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>Cents rounding (half away from zero, as CMS rounds the national amounts) and the formats the basis texts use.</summary>
internal static class Money
{
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static string Dollars(decimal amount) => "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A rate as the file gives it, up to four decimals ($59.726, $0.105, 33.4009).</summary>
    public static string Rate(decimal rate) => rate.ToString("#,0.00##", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public static string Units(int units) => units == 1 ? "1 unit" : $"{units} units";
}
