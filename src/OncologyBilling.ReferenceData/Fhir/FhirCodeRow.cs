namespace OncologyBilling.ReferenceData.Fhir;

/// <summary>
/// One FHIR coding the FHIR endpoint reads, and what it means to the scrubber. <paramref name="Element"/> is route,
/// method, setting or class; <paramref name="Value"/> is an administration route (ivInfusion, ivPush, subcutaneous,
/// intramuscular), "intravenous" (push or infusion decided by the method or the stop time), a care setting, or
/// "outpatient" for an encounter class.
/// </summary>
public sealed record FhirCodeRow(string Element, string System, string Code, string Display, string Value);
