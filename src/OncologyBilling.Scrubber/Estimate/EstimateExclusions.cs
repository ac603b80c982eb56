namespace OncologyBilling.Scrubber.Estimate;

/// <summary>What every estimate leaves out; returned with it as <c>excludes</c> and listed in docs/estimate.md.</summary>
internal static class EstimateExclusions
{
    public static readonly IReadOnlyList<string> All =
    [
        "Geographic adjustment: PFS amounts use all GPCIs at 1.000 and OPPS rates are national unadjusted (no wage index).",
        "Sequestration (the 2% reduction of Medicare's payment) and other claim-level reductions.",
        "Multiple-procedure and packaging rules beyond the status indicator: comprehensive APCs (J1/J2), composite APCs (Q3), PFS multiple-procedure reductions.",
        "In the hospital outpatient department, the physician's separately billed professional services (PFS facility amounts) and clinic-visit codes (G0463) the scrubber does not emit.",
        "The Part B deductible, supplemental coverage, and the per-line cap of the copayment at the inpatient deductible beyond what the file's adjusted copayment shows.",
        "Commercial, Medicare Advantage and Medicaid payers: amounts are Medicare fee-for-service national rates whatever the request's payer.",
        "340B and other drug-payment adjustments not in the ASP and Addendum B files.",
    ];
}
