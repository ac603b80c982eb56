using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>An add-on code needs one of its primary codes on the claim (NCCI-02); pairs come from the ncci-addon table.</summary>
public sealed class AddOnEditStage : IScrubStage
{
    public string Name => "ncci-add-on";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [NcciRules.Ncci02];

    public void Apply(ScrubContext context)
    {
        var table = context.ReferenceData.AddOns;
        var codes = context.Lines.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var line in context.Lines)
        {
            if (table.Find(line.Code) is { } addOn && !addOn.Primaries.Any(codes.Contains))
            {
                context.Report(NcciRules.Ncci02, null, new Facts { { "code", line.Code }, { "primaries", addOn.Primaries } }, line);
            }
        }

        context.Check(RuleFamilies.NcciAddOn, CheckStatus.Partial, $"ncci-addon {table.Version.Version}",
            "curated add-on/primary pairs from the CPT add-on families; the CMS add-on code (AOC) file is not loaded");
    }
}
