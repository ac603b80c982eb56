using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Whether a drug is separately payable on this claim (DRG-WASTE-01): always on a professional claim; on a hospital
/// claim only with OPPS status indicator K or G. A code missing from the SI table is treated as payable (and checks say so).
/// </summary>
public static class DrugPayment
{
    public static bool IsSeparatelyPayable(ScrubContext context, string hcpcs) =>
        context.Encounter.Setting == CareSetting.Office
        || StatusIndicator(context, hcpcs) is null or "K" or "G";

    public static string? StatusIndicator(ScrubContext context, string hcpcs) =>
        context.Encounter.Setting == CareSetting.Office ? null : context.ReferenceData.StatusIndicators.Find(hcpcs);
}
