using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using OncologyBilling.Api.Fhir.Input;

namespace OncologyBilling.Api.Fhir.Output;

/// <summary>OperationOutcome resources for refused Bundles: one error issue per element, named by its FHIRPath.</summary>
internal static class OperationOutcomes
{
    public static FhirResult BadRequest(IEnumerable<FhirIssue> issues) => new(From(issues), StatusCodes.Status400BadRequest);

    public static FhirResult Refusal(int status, string message, OperationOutcome.IssueType code) =>
        new(From([new FhirIssue(FhirTrace.Root, message, code)]), status);

    public static Task WriteAsync(HttpContext context, int status, string message, OperationOutcome.IssueType code) =>
        Refusal(status, message, code).ExecuteAsync(context);

    public static OperationOutcome From(IEnumerable<FhirIssue> issues) => new()
    {
        Issue = [.. issues.Select(i => new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = i.Code,
            Diagnostics = i.Message,
            Expression = [i.Expression],
        })],
    };
}
