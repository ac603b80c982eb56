namespace OncologyBilling.Scrubber.Model;

/// <summary>The drug as the EHR sent it: a HCPCS code, a generic or brand name, an NDC, or several of these.</summary>
public sealed record DrugReference(string? Hcpcs, string? Name, string? Ndc);
