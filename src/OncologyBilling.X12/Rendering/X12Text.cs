using System.Globalization;

namespace OncologyBilling.X12.Rendering;

/// <summary>X12 data-type formatting: dates CCYYMMDD, times HHMM, decimals without trailing zeros.</summary>
internal static class X12Text
{
    /// <summary>The separators this renderer declares in ISA; no value may hold one.</summary>
    public const string Reserved = "*:^~";

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string ShortDate(DateTimeOffset time) => time.ToString("yyMMdd", CultureInfo.InvariantCulture);

    public static string LongDate(DateTimeOffset time) => time.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.ToString("HHmm", CultureInfo.InvariantCulture);

    public static string Decimal(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Amount(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>ICD-10-CM without its dot, as HI carries it (Z51.11 → Z5111).</summary>
    public static string Diagnosis(string code) => code.Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>A 9-digit control number derived from the run id: the API is stateless and keeps no counter.</summary>
    public static string ControlNumber(Guid runId)
    {
        var value = BitConverter.ToUInt64(runId.ToByteArray(), 0) % 1_000_000_000UL;
        return (value == 0 ? 1 : value).ToString("000000000", CultureInfo.InvariantCulture);
    }
}
