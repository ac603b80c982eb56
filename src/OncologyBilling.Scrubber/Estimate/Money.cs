using System.Globalization;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// Cents rounding (half away from zero, as CMS rounds the national amounts) and the formats the basis texts use. The
/// formats are <see cref="MoneyText"/> values an interpolated string writes in place, so a basis is one string.
/// </summary>
internal static class Money
{
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>"$1,234.50".</summary>
    public static MoneyText Dollars(decimal amount) => new(amount, "#,0.00", "$", "");

    /// <summary>A rate as the file gives it, up to four decimals ($59.726, $0.105, 33.4009).</summary>
    public static MoneyText Rate(decimal rate) => new(rate, "#,0.00##", "", "");

    public static MoneyText Percent(decimal percent) => new(percent, "0.###", "", "%");

    public static MoneyText Units(int units) => new(units, "0", "", units == 1 ? " unit" : " units");
}

/// <summary>A number in invariant culture between a prefix and a suffix, formatted straight into its destination.</summary>
internal readonly record struct MoneyText(decimal Value, string Format, string Prefix, string Suffix) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (!Prefix.TryCopyTo(destination)
            || !Value.TryFormat(destination[Prefix.Length..], out var digits, Format, CultureInfo.InvariantCulture)
            || !Suffix.TryCopyTo(destination[(Prefix.Length + digits)..]))
        {
            return false;
        }

        charsWritten = Prefix.Length + digits + Suffix.Length;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
}
