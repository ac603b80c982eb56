using System.Globalization;
using System.Text.RegularExpressions;

namespace OncologyBilling.ReferenceData.Files;

/// <summary>The release a CMS file name carries (2026q1, 2025oct), and reading a file so that any error names it.</summary>
internal static partial class ReleaseNames
{
    private static readonly string[] QuarterMonths = ["jan", "apr", "jul", "oct"];

    [GeneratedRegex(@"(\d{4})(?:q([1-4])|(jan|apr|jul|oct))", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();

    /// <summary>The first day of the quarter in the name (<c>2026q1</c> or <c>2026jan</c>: 2026-01-01).</summary>
    public static DateOnly Quarter(ReferenceSource source)
    {
        var m = QuarterPattern().Match(source.Name);
        if (!m.Success)
        {
            throw ReferenceFile.Malformed(source, "the file name must carry the quarter (YYYYqN or YYYYjan/apr/jul/oct).");
        }

        var quarter = m.Groups[2].Success
            ? m.Groups[2].Value[0] - '1'
            : Array.IndexOf(QuarterMonths, m.Groups[3].Value.ToLowerInvariant());
        return new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), (quarter * 3) + 1, 1);
    }

    public static T Read<T>(ReferenceSource source, Func<TextReader, T> read)
    {
        using var reader = source.OpenText();
        try
        {
            return read(reader);
        }
        catch (ReferenceDataException ex)
        {
            throw ReferenceFile.Malformed(source, ex.Message);
        }
    }

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
