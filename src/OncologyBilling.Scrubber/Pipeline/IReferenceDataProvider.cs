using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>Hands out the loaded reference data; <see cref="IsReady"/> is false until it has loaded and validated.</summary>
public interface IReferenceDataProvider
{
    bool IsReady { get; }

    ReferenceDataSet Current { get; }

    /// <summary>Loads and validates the data now (startup calls it to fail fast); later calls do nothing.</summary>
    void Load();
}
