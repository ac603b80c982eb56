namespace OncologyBilling.Scrubber.Model;

/// <summary>Containers opened for one dose: <paramref name="Count"/> containers of <paramref name="Size"/> each.</summary>
public sealed record VialUse(Quantity Size, int Count, bool SingleDose);
