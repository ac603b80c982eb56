using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>Says in <c>checks</c> which data the drug and NDC rules used and what it could not cover.</summary>
internal static class DrugChecks
{
    public static void Report(ScrubContext context)
    {
        var data = context.ReferenceData;
        var drugLines = context.Lines.Where(l => l.Kind == LineKind.Drug).ToArray();
        var missingSi = context.Encounter.Setting == CareSetting.HospitalOutpatient
            ? drugLines.Select(l => l.Code).Where(c => data.StatusIndicators.Find(c) is null).Distinct().ToArray()
            : [];
        var siStale = context.Encounter.Setting == CareSetting.HospitalOutpatient && drugLines.Length > 0 && !data.StatusIndicators.Version.Covers(context.DateOfService);
        var notes = new List<string>();
        if (missingSi.Length > 0)
        {
            notes.Add($"no OPPS status indicator for {string.Join(", ", missingSi)}: treated as separately payable");
        }

        if (siStale)
        {
            notes.Add($"OPPS Addendum B {data.StatusIndicators.Version.Version} does not cover {context.DateOfService:yyyy-MM-dd}; nearest release used");
        }

        var status = notes.Count == 0 ? CheckStatus.Checked : CheckStatus.Partial;
        context.Check(RuleFamilies.Drugs, status, $"drugs {data.Drugs.Version.Version}; hcpcs {data.Hcpcs.Version.Version}; opps {data.StatusIndicators.Version.Version}", notes.Count == 0 ? null : string.Join("; ", notes));
        ReportNdc(context);
    }

    private static void ReportNdc(ScrubContext context)
    {
        var crosswalk = context.ReferenceData.Crosswalk;
        var covers = crosswalk.Version.Covers(context.DateOfService);
        var note = covers ? null : $"crosswalk {crosswalk.Version.Version} does not cover {context.DateOfService:yyyy-MM-dd}; nearest release used";
        context.Check(RuleFamilies.Ndc, covers ? CheckStatus.Checked : CheckStatus.Partial, $"ndc-crosswalk {crosswalk.Version.Version}", note);
    }
}
