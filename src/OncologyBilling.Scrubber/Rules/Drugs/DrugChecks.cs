using System.Runtime.CompilerServices;
using OncologyBilling.ReferenceData;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Messages;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>Says in <c>checks</c> which data the drug and NDC rules used and what it could not cover.</summary>
internal static class DrugChecks
{
    // The versions a check names are those of the data set, the same for every scrub on it: written once per data set.
    private static readonly ConditionalWeakTable<ReferenceDataSet, string> DrugVersions = new();
    private static readonly ConditionalWeakTable<TableVersion, string> CrosswalkVersions = new();

    public static void Report(ScrubContext context)
    {
        var data = context.ReferenceData;
        var hospital = context.Encounter.Setting == CareSetting.HospitalOutpatient;
        // Status indicators matter on a hospital claim only.
        var drugLines = hospital ? context.Lines.Where(l => l.Kind == LineKind.Drug).ToArray() : [];
        var missingSi = hospital ? drugLines.Select(l => l.Code).Where(c => data.StatusIndicators.Find(c) is null).Distinct().ToArray() : [];
        var siStale = drugLines.Length > 0 && !data.StatusIndicators.Version.Covers(context.DateOfService);
        List<string>? notes = null;
        if (missingSi.Length > 0)
        {
            (notes ??= []).Add(CheckMessages.NoStatusIndicator(missingSi));
        }

        if (siStale)
        {
            (notes ??= []).Add(CheckMessages.NearestRelease($"OPPS Addendum B {data.StatusIndicators.Version.Version}", context.DateOfService));
        }

        var versions = DrugVersions.GetValue(
            data, static d => $"drugs {d.Drugs.Version.Version}; hcpcs {d.Hcpcs.Version.Version}; opps {d.StatusIndicators.Version.Version}");
        context.Check(RuleFamilies.Drugs, notes is null ? CheckStatus.Checked : CheckStatus.Partial, versions, notes is null ? null : string.Join("; ", notes));
        ReportNdc(context);
    }

    private static void ReportNdc(ScrubContext context)
    {
        var crosswalk = context.ReferenceData.Crosswalk;
        var covers = crosswalk.Version.Covers(context.DateOfService);
        var note = covers ? null : CheckMessages.NearestRelease($"crosswalk {crosswalk.Version.Version}", context.DateOfService);
        var version = CrosswalkVersions.GetValue(crosswalk.Version, static v => $"ndc-crosswalk {v.Version}");
        context.Check(RuleFamilies.Ndc, covers ? CheckStatus.Checked : CheckStatus.Partial, version, note);
    }
}
