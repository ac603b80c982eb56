namespace OncologyBilling.ReferenceData.Files;

/// <summary>Shared checks of the release-file loaders: every error names the file and, where there is one, the row.</summary>
internal static class ReferenceFile
{
    public static ReferenceDataException Malformed(ReferenceSource source, string detail) =>
        new($"Reference file '{source}' is malformed: {detail}");

    /// <summary>Columns by header name, so a renamed or missing column fails loudly.</summary>
    public static int[] Columns(ReferenceSource source, string[] header, params string[] names) =>
        [.. names.Select(n =>
        {
            var i = Array.FindIndex(header, h => string.Equals(h.Trim(), n, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : throw Malformed(source, $"column '{n}' is missing from the header.");
        })];

    public static DateOnly? Yyyymmdd(ReferenceSource source, string text, int row)
    {
        var value = text.Trim();
        if (value.Length == 0 || value == "*")
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyyMMdd", out var date)
            ? date
            : throw Malformed(source, $"row {row}: '{value}' is not a YYYYMMDD date.");
    }
}
