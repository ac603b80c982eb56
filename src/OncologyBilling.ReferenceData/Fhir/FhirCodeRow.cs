namespace OncologyBilling.ReferenceData.Fhir;

/// <summary>
/// One FHIR coding the FHIR endpoint reads, and what it means to the scrubber. <paramref name="Element"/> is route,
/// method, setting, class or payerType; <paramref name="Value"/> is an administration route (ivInfusion, ivPush, subcutaneous,
/// intramuscular), "intravenous" (push or infusion decided by the method or the stop time), a care setting,
/// "outpatient" for an encounter class, or a payer type (medicare, medicareAdvantage, medicaid, commercial, selfPay).
/// </summary>
public sealed record FhirCodeRow(string Element, string System, string Code, string Display, string Value);
