using OncologyBilling.ReferenceData.Vocabulary;

namespace OncologyBilling.ReferenceData.Drugs;

/// <summary>
/// The HCPCS descriptor's dose per unit (J9271 = 1 mg). <paramref name="UpTo"/> marks "up to X" descriptors
/// (J1200 diphenhydramine, up to 50 mg: DRG-UNIT-06).
/// </summary>
public sealed record BillingUnit(decimal Amount, DoseUnit Unit, bool UpTo = false);
