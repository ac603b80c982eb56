namespace OncologyBilling.ReferenceData.Rates;

/// <summary>How the release chosen for a date of service relates to that date.</summary>
public enum ReleaseFit
{
    /// <summary>The release's effective dates cover the date of service.</summary>
    Covers,

    /// <summary>No release covers the date; this is the newest release that took effect before it.</summary>
    Predates,

    /// <summary>Every loaded release takes effect after the date of service: no rate applies.</summary>
    None,
}
