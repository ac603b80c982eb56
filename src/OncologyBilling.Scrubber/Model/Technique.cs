namespace OncologyBilling.Scrubber.Model;

/// <summary>How an administration is coded once its minutes are known (ADM-PUSH-01/02, ADM-INJ-*).</summary>
public enum Technique
{
    Push,
    Infusion,
    Injection,
    OnBodyInjector,
}
