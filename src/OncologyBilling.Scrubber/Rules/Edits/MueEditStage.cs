using System.Runtime.CompilerServices;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Mue;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Messages;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>
/// Units per code against the CMS MUE table of the claim type (MUE-01): MAI 1 per line, MAI 2/3 summed per date of service
/// (MUE-02), JW units included by default (MUE-03). Over the limit: error for MAI 2, warning for MAI 1 and 3.
/// </summary>
public sealed class MueEditStage : IScrubStage
{
    public string Name => "mue";

    private static readonly ConditionalWeakTable<TableVersion, string> Releases = new();

    public IReadOnlyList<RuleDefinition> Rules { get; } = [.. MueRules.All];

    public void Apply(ScrubContext context)
    {
        var kind = context.Encounter.Setting == CareSetting.Office ? MueTableKind.Practitioner : MueTableKind.OutpatientHospital;
        var table = context.ReferenceData.Mue.For(kind);
        var counted = context.Lines.FindAll(l => context.Options.Edits.CountWasteTowardMue || !l.Modifiers.Contains("JW"));
        var grouped = new bool[counted.Count];
        for (var i = 0; i < counted.Count; i++)
        {
            if (!grouped[i])
            {
                var lines = SameCodeAndDate(context, counted, grouped, i);
                if (table.Find(lines[0].Code) is { } limit)
                {
                    Check(context, lines, limit);
                }
            }
        }

        var covers = table.Version.Covers(context.DateOfService);
        var note = covers ? null : CheckMessages.NearestRelease($"MUE {table.Version.Version}", context.DateOfService);
        context.Check(RuleFamilies.Mue, covers ? CheckStatus.Checked : CheckStatus.Partial, Releases.GetValue(table.Version, static v => $"{v.Table} {v.Version}"), note);
    }

    // The counted lines of one code and date of service, from the first not yet grouped, in claim order.
    private static ClaimLine[] SameCodeAndDate(ScrubContext context, List<ClaimLine> counted, bool[] grouped, int first)
    {
        var (code, date) = (counted[first].Code, counted[first].ServiceDate ?? context.DateOfService);
        var lines = new List<ClaimLine>(1);
        for (var i = first; i < counted.Count; i++)
        {
            if (!grouped[i] && counted[i].Code == code && (counted[i].ServiceDate ?? context.DateOfService) == date)
            {
                grouped[i] = true;
                lines.Add(counted[i]);
            }
        }

        return [.. lines];
    }

    private static void Check(ScrubContext context, ClaimLine[] lines, MueLimit limit)
    {

        var severity = limit.Mai == 2 ? FindingSeverity.Error : FindingSeverity.Warning;
        if (limit.Mai == 1)
        {
            foreach (var line in lines.Where(l => l.Units > limit.Value))
            {
                Stamp(line);
                context.Report(MueRules.Mue02, null, LimitFacts(line.Code, line.Units, limit), line, severity);
            }

            return;
        }

        var total = lines.Sum(l => l.Units);
        if (total > limit.Value)
        {
            Array.ForEach(lines, Stamp);
            context.Report(MueRules.Mue02, null, LimitFacts(lines[0].Code, total, limit), lines[0], severity);
        }
    }

    // A line over a loaded CMS value (MUE-01, MUE-04); a JW line whose units counted toward it (MUE-03).
    private static void Stamp(ClaimLine line)
    {
        line.Stamp(MueRules.Mue01, MueRules.Mue04);
        if (line.Modifiers.Contains("JW"))
        {
            line.Stamp(MueRules.Mue03);
        }
    }

    private static Facts LimitFacts(string code, int units, MueLimit limit) =>
        new() { { "code", code }, { "units", units }, { "limit", limit.Value }, { "mai", limit.Mai } };
}
