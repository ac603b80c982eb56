using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// Loads the embedded tables and, when <c>ReferenceData:Path</c> is set, the full CMS/CDC files found there, which
/// override the embedded tables they cover. <see cref="Load"/> runs once (startup calls it to fail fast); a malformed
/// file throws <see cref="ReferenceDataException"/>.
/// </summary>
public sealed class EmbeddedReferenceDataProvider(ReferenceDataOptions? options = null) : IReferenceDataProvider
{
    private readonly Lazy<ReferenceDataSet> _data = new(() => LoadFrom(options?.Path));

    public bool IsReady => _data.IsValueCreated;

    public ReferenceDataSet Current => _data.Value;

    public void Load() => _ = _data.Value;

    public static ReferenceDataSet LoadFrom(string? path)
    {
        var embedded = ReferenceDataSet.LoadEmbedded();
        return string.IsNullOrWhiteSpace(path) ? embedded : ReferenceFileSet.Load(path, embedded);
    }
}
