namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// What an OPPS status indicator (Addendum D1) means for a separate payment. Indicators not listed here are paid at
/// the Addendum B payment rate when the file gives one.
/// </summary>
internal static class OppsStatusIndicators
{
    /// <summary>Medicare pays the hospital nothing for these codes under Part B outpatient.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotPayable = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["C"] = "inpatient-only procedure, not paid on an outpatient claim",
        ["D"] = "discontinued code",
        ["E1"] = "not covered by any Medicare outpatient benefit category, statutorily excluded or not reasonable and necessary",
        ["E2"] = "no pricing information or claims data; not paid",
        ["M"] = "not billable to the MAC by a hospital",
    };

    /// <summary>Paid, but not by OPPS: the estimate has no amount for them.</summary>
    public static readonly IReadOnlyDictionary<string, string> PaidElsewhere = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A"] = "paid under a fee schedule or payment system other than OPPS",
        ["B"] = "not recognized by OPPS on a 12x/13x bill; the hospital bills an alternative code (e.g. G0463 for a clinic visit), which this estimate does not derive",
    };

    /// <summary>Conditionally packaged: packaged when the claim has a line with one of these indicators.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PackagedWith = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Q1"] = ["S", "T", "V"],
        ["Q2"] = ["T"],
    };

    /// <summary>Paid at the rate shown, but the APC may package other lines, which this estimate does not model.</summary>
    public static readonly IReadOnlySet<string> Comprehensive = new HashSet<string>(StringComparer.Ordinal) { "J1", "J2", "Q3" };
}
