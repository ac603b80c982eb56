namespace OncologyBilling.Scrubber.Model;

/// <summary>How a dose was given. <see cref="OnBodyInjector"/> is a subcutaneous dose applied with an on-body injector.</summary>
public enum AdministrationRoute
{
    IvInfusion,
    IvPush,
    Subcutaneous,
    Intramuscular,
    OnBodyInjector,
}
