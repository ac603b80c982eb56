using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>The embedded tables, loaded and validated once: at startup by <see cref="Load"/>, or on first use.</summary>
public sealed class EmbeddedReferenceDataProvider : IReferenceDataProvider
{
    private readonly Lazy<ReferenceDataSet> _data = new(ReferenceDataSet.LoadEmbedded);

    public bool IsReady => _data.IsValueCreated;

    public ReferenceDataSet Current => _data.Value;

    public void Load() => _ = _data.Value;
}
