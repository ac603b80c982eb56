using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>Orders and numbers the lines, resolves finding line numbers and derives the claim status.</summary>
internal static class ClaimAssembler
{
    public static ScrubResult Assemble(ScrubContext context, Guid runId)
    {
        var ordered = context.Lines
            .Select((line, i) => (line, i))
            .OrderBy(x => x.line.Kind)
            .ThenBy(x => x.line.Kind == LineKind.Service ? 0 : CategoryRank(x.line.Category))
            .ThenBy(x => x.line.SortKey)
            .ThenBy(x => x.i)
            .Select((x, n) => new NumberedLine(n + 1, x.line))
            .ToArray();
        var numbers = new Dictionary<ClaimLine, int>(ReferenceEqualityComparer.Instance);
        foreach (var numbered in ordered)
        {
            numbers[numbered.Line] = numbered.Number;
        }

        var findings = context.Findings
            .Select(f => f.Line is { } line && numbers.TryGetValue(line, out var n) ? f.Finding with { Line = n } : f.Finding)
            .ToArray();

        return new ScrubResult
        {
            EncounterId = context.Encounter.EncounterId,
            RunId = runId,
            Status = StatusOf(findings),
            ClaimType = context.Encounter.Setting == CareSetting.Office ? ClaimType.Professional : ClaimType.Institutional,
            DateOfService = context.DateOfService,
            Diagnoses = [.. context.Diagnoses.Select((code, i) => new ClaimDiagnosis(i + 1, code))],
            Lines = ordered,
            Findings = findings,
            Checks = [.. context.Checks.OrderBy(c => c.Family, StringComparer.Ordinal)],
            ReferenceDataVersion = context.ReferenceData.Version,
            Tables = context.ReferenceData.Tables,
        };
    }

    private static int CategoryRank(DrugCategory? category) => category switch
    {
        DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic => 0,
        DrugCategory.Therapeutic => 1,
        DrugCategory.Hydration => 2,
        _ => 3,
    };

    private static ClaimStatus StatusOf(IReadOnlyCollection<Finding> findings) =>
        findings.Any(f => f.Severity == FindingSeverity.Error) ? ClaimStatus.Rejected
        : findings.Any(f => f.Severity == FindingSeverity.Warning) ? ClaimStatus.NeedsReview
        : ClaimStatus.Clean;
}
