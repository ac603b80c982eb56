using System.IO.Compression;
using System.Text;

namespace OncologyBilling.ReferenceData.Files;

/// <summary>Opens a reference file as text, decompressing <c>.gz</c> on the fly (no temporary copy).</summary>
internal static class ReferenceFile
{
    public static StreamReader OpenText(string path, Encoding? encoding = null)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public static ReferenceDataException Malformed(string path, string detail) =>
        new($"Reference file '{Path.GetFileName(path)}' is malformed: {detail}");

    /// <summary>Columns by header name, so a renamed or missing column fails loudly.</summary>
    public static int[] Columns(string path, string[] header, params string[] names) =>
        [.. names.Select(n =>
        {
            var i = Array.FindIndex(header, h => string.Equals(h.Trim(), n, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : throw Malformed(path, $"column '{n}' is missing from the header.");
        })];

    public static DateOnly? Yyyymmdd(string path, string text, int row)
    {
        var value = text.Trim();
        if (value.Length == 0 || value == "*")
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyyMMdd", out var date)
            ? date
            : throw Malformed(path, $"row {row}: '{value}' is not a YYYYMMDD date.");
    }
}
