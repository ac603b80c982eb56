namespace OncologyBilling.Scrubber.Model;

/// <summary>How a dose was given. <see cref="OnBodyInjector"/> is a subcutaneous dose applied with an on-body injector.</summary>
public enum AdministrationRoute
{
    /// <summary>Intravenous infusion; needs start and end.</summary>
    IvInfusion,
    /// <summary>Intravenous push: the clinician stays to inject and observe, or an infusion of 15 minutes or less.</summary>
    IvPush,
    /// <summary>Subcutaneous injection.</summary>
    Subcutaneous,
    /// <summary>Intramuscular injection.</summary>
    Intramuscular,
    /// <summary>A subcutaneous dose applied with an on-body injector.</summary>
    OnBodyInjector,
}
