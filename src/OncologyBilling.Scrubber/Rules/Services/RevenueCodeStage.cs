using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Services;

/// <summary>
/// SET-06: on a hospital outpatient claim every line gets its revenue code from the revenue-codes table; a line the
/// table does not cover keeps none rather than a guessed one (the 837I refuses such a line by name).
/// </summary>
public sealed class RevenueCodeStage : IScrubStage
{
    public string Name => "revenue-codes";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [SettingRules.Set06];

    public void Apply(ScrubContext context)
    {
        if (context.Encounter.Setting != CareSetting.HospitalOutpatient)
        {
            return;
        }

        var table = context.ReferenceData.RevenueCodes;
        foreach (var line in context.Lines)
        {
            line.RevenueCode = table.Find(line.Kind.ToString(), line.Category?.ToString(), line.Code)?.RevenueCode;
        }
    }
}
