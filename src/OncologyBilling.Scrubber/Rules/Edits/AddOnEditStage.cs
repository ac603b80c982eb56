using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>
/// An add-on code needs one of its primary codes on the claim (NCCI-02); pairs come from the ncci-addon table. Runs after
/// the PTP edits, so an add-on whose primary they removed is caught too. An add-on without a primary is removed with a
/// warning, so the claim never carries a line this edit denies; the engine's own add-ons always have theirs
/// (ADM-INIT-07, property-tested).
/// </summary>
public sealed class AddOnEditStage : IScrubStage
{
    public string Name => "ncci-add-on";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [NcciRules.Ncci02];

    public void Apply(ScrubContext context)
    {
        var table = context.ReferenceData.AddOns;
        var codes = context.Lines.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var orphans = context.Lines.Where(l => table.Find(l.Code) is { } addOn && !addOn.Primaries.Any(codes.Contains)).ToArray();
        foreach (var line in orphans)
        {
            context.Lines.Remove(line);
            var facts = new Facts { { "code", line.Code }, { "units", line.Units }, { "primaries", table.Find(line.Code)!.Primaries } };
            context.Report(NcciRules.Ncci02, line.Kind == LineKind.Service ? line.AdministrationIds.FirstOrDefault() : null, facts);
        }

        context.Check(RuleFamilies.NcciAddOn, CheckStatus.Partial, $"ncci-addon {table.Version.Version}",
            "curated add-on/primary pairs from the CPT add-on families; the CMS add-on code (AOC) file is not loaded");
    }
}
