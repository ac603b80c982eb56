namespace OncologyBilling.Scrubber.Model;

/// <summary>A hydration infusate and its minutes not concurrent with a drug infusion (ADM-CONC-03).</summary>
public sealed record HydrationSegment(TimelineEntry Entry, int Minutes);
