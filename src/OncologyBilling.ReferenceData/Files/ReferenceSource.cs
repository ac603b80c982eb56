using System.IO.Compression;
using System.Text;

namespace OncologyBilling.ReferenceData.Files;

/// <summary>
/// One CMS/CDC release file under its published name: shipped in this assembly (<c>Official/*.gz</c>) or found in the
/// <c>ReferenceData:Path</c> folder. <c>.gz</c> is decompressed on the fly (no temporary copy).
/// </summary>
public sealed class ReferenceSource
{
    private const string ResourcePrefix = "OncologyBilling.ReferenceData.Official.";
    private readonly Func<Stream> _open;

    private ReferenceSource(string name, string origin, Func<Stream> open)
    {
        Name = name;
        Origin = origin;
        _open = open;
    }

    /// <summary>The file name as published, for example <c>icd10cm-codes-2026.txt.gz</c>.</summary>
    public string Name { get; }

    /// <summary><c>shipped</c> or the full path of the configured file.</summary>
    public string Origin { get; }

    public bool IsShipped => Origin == "shipped";

    public static ReferenceSource FromFile(string path) => new(Path.GetFileName(path), Path.GetFullPath(path), () => File.OpenRead(path));

    /// <summary>Every release file shipped with the service, in name order.</summary>
    public static IReadOnlyList<ReferenceSource> Shipped { get; } =
        [.. typeof(ReferenceSource).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new ReferenceSource(n[ResourcePrefix.Length..], "shipped", () => typeof(ReferenceSource).Assembly.GetManifestResourceStream(n)!))];

    public Stream OpenRead()
    {
        var stream = _open();
        return Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    public StreamReader OpenText(Encoding? encoding = null) =>
        new(OpenRead(), encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    public override string ToString() => IsShipped ? $"{Name} (shipped)" : Name;
}
