using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// Orders and numbers the lines, resolves finding line numbers and derives the claim status.
/// Plain arrays and one sort rather than LINQ chains: it runs once per scrub, and before the rule stages grew it was a third of the cost.
/// </summary>
internal static class ClaimAssembler
{
    public static ScrubResult Assemble(ScrubContext context, Guid runId)
    {
        var lines = NumberLines(context.Lines);
        var findings = NumberFindings(context.Findings, lines);
        var diagnoses = new ClaimDiagnosis[context.Diagnoses.Count];
        for (var i = 0; i < diagnoses.Length; i++)
        {
            diagnoses[i] = new ClaimDiagnosis(i + 1, context.Diagnoses[i]);
        }

        CheckResult[] checks = [.. context.Checks];
        Array.Sort(checks, static (a, b) => string.CompareOrdinal(a.Family, b.Family));
        return new ScrubResult
        {
            EncounterId = context.Encounter.EncounterId,
            RunId = runId,
            Status = StatusOf(findings),
            ClaimType = context.Encounter.Setting == CareSetting.Office ? ClaimType.Professional : ClaimType.Institutional,
            DateOfService = context.DateOfService,
            Diagnoses = diagnoses,
            Lines = lines,
            Findings = findings,
            Checks = checks,
            ReferenceDataVersion = context.ReferenceData.Version,
            Tables = context.ReferenceData.Tables,
        };
    }

    /// <summary>In the claim-order policy (<see cref="ClaimOrder"/>).</summary>
    private static NumberedLine[] NumberLines(List<ClaimLine> lines)
    {
        var order = new int[lines.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => ClaimOrder.Compare(lines[a], a, lines[b], b));
        var numbered = new NumberedLine[order.Length];
        for (var n = 0; n < numbered.Length; n++)
        {
            numbered[n] = new NumberedLine(n + 1, lines[order[n]]);
        }

        return numbered;
    }

    private static Finding[] NumberFindings(IReadOnlyList<(Finding Finding, ClaimLine? Line)> found, NumberedLine[] lines)
    {
        Dictionary<ClaimLine, int>? numbers = null;
        var findings = new Finding[found.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var (finding, line) = found[i];
            if (line is not null)
            {
                numbers ??= lines.ToDictionary(l => l.Line, l => l.Number, (IEqualityComparer<ClaimLine>)ReferenceEqualityComparer.Instance);
                finding = numbers.TryGetValue(line, out var number) ? finding with { Line = number } : finding;
            }

            findings[i] = finding;
        }

        return findings;
    }

    private static ClaimStatus StatusOf(Finding[] findings)
    {
        var status = ClaimStatus.Clean;
        foreach (var finding in findings)
        {
            if (finding.Severity == FindingSeverity.Error)
            {
                return ClaimStatus.Rejected;
            }

            status = finding.Severity == FindingSeverity.Warning ? ClaimStatus.NeedsReview : status;
        }

        return status;
    }
}
