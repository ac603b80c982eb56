using Hl7.Fhir.Model;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>One reason a Bundle cannot be scrubbed: the FHIRPath of the element and a message that echoes no value.</summary>
internal sealed record FhirIssue(string Expression, string Message, OperationOutcome.IssueType Code = OperationOutcome.IssueType.Invalid);
