using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// Loads the curated tables and the release files shipped with the service and, when <c>ReferenceData:Path</c> is set,
/// the newer files found there, which replace the shipped file of their family. <see cref="Load"/> runs once (startup
/// calls it to fail fast); a malformed file throws <see cref="ReferenceDataException"/>.
/// </summary>
public sealed class EmbeddedReferenceDataProvider(ReferenceDataOptions? options = null) : IReferenceDataProvider
{
    private readonly Lazy<ReferenceDataSet> _data = new(() => ReferenceDataSet.Load(options?.Path));

    public bool IsReady => _data.IsValueCreated;

    public ReferenceDataSet Current => _data.Value;

    public void Load() => _ = _data.Value;
}
