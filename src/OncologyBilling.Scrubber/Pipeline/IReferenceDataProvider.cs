using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>Hands out the loaded reference data; <see cref="IsReady"/> is false until it has loaded and validated.</summary>
public interface IReferenceDataProvider
{
    bool IsReady { get; }

    ReferenceDataSet Current { get; }

    /// <summary>
    /// Loads and validates the data now; throws (<see cref="ReferenceDataException"/>) on bad data. The API's startup
    /// calls it once so that the host refuses to start on bad data; calling it again is harmless.
    /// </summary>
    void Load() => _ = Current;
}
