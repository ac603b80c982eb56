using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>Loads the embedded tables once, on first use.</summary>
public sealed class EmbeddedReferenceDataProvider : IReferenceDataProvider
{
    private readonly Lazy<ReferenceDataSet> _data = new(ReferenceDataSet.LoadEmbedded);

    public bool IsReady => _data.IsValueCreated;

    public ReferenceDataSet Current => _data.Value;
}
