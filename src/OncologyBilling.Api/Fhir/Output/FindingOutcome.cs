using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Fhir.Output;

/// <summary>
/// The findings as OperationOutcome issues: the rule id as details.coding, the message as diagnostics, the input path
/// and the Claim item as expressions. Rule families that did not fully run, and the reference data used, follow as
/// informational issues, so a FHIR-only reader sees what the claim was not checked against.
/// </summary>
internal static class FindingOutcome
{
    public const string RuleSystem = "https://oncologybilling.dev/fhir/CodeSystem/rule-id";

    public static OperationOutcome From(ScrubbedClaim scrubbed) => new()
    {
        Issue =
        [
            .. scrubbed.Findings.Select(Issue),
            .. scrubbed.Checks.Where(c => c.Status != CheckStatus.Checked).Select(c => Informational(
                $"Rule family {c.Family}: {(c.Status == CheckStatus.Partial ? "partial" : "not checked")}{(c.Note is null ? "" : $" ({c.Note})")}.")),
            Informational($"Reference data {scrubbed.ReferenceData.Version}."),
        ],
    };

    private static OperationOutcome.IssueComponent Issue(FindingOutput finding) => new()
    {
        Severity = finding.Severity switch
        {
            FindingSeverity.Error => OperationOutcome.IssueSeverity.Error,
            FindingSeverity.Warning => OperationOutcome.IssueSeverity.Warning,
            _ => OperationOutcome.IssueSeverity.Information,
        },
        Code = finding.Severity == FindingSeverity.Info ? OperationOutcome.IssueType.Informational : OperationOutcome.IssueType.BusinessRule,
        Details = new CodeableConcept(RuleSystem, finding.RuleId),
        Diagnostics = finding.Message,
        Expression = [.. Expressions(finding)],
    };

    private static IEnumerable<string> Expressions(FindingOutput finding)
    {
        if (finding.Path is { } path)
        {
            yield return path;
        }

        if (finding.Line is { } line)
        {
            yield return $"Claim.item[{line - 1}]";
        }
    }

    private static OperationOutcome.IssueComponent Informational(string text) => new()
    {
        Severity = OperationOutcome.IssueSeverity.Information,
        Code = OperationOutcome.IssueType.Informational,
        Diagnostics = text,
    };
}
