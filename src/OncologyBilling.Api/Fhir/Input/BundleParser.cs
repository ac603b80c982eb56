using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// Parses and validates the body with the Firely SDK's strict deserializer (cardinality, primitive formats, required
/// codes, unknown elements). Issues name the SDK's instance path; messages are ours, so no client value is echoed.
/// </summary>
internal static class BundleParser
{
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["PVAL105"] = "A required element is missing (minimum cardinality 1).",
        ["PVAL116"] = "The code is not in the value set FHIR R4 requires here.",
        ["PVAL124"] = "The value is not a valid literal for its FHIR type.",
        ["PVAL128"] = "Unknown element: FHIR R4 does not define it here.",
        ["PVAL129"] = "Empty elements are not allowed in FHIR.",
        ["PVAL130"] = "Unknown resource type.",
    };

    public static (Bundle? Bundle, IReadOnlyList<FhirIssue> Issues) Parse(ReadOnlySpan<byte> body, int maxDepth)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!Deserializer.TryDeserializeResource(ref reader, out var resource, out var issues))
            {
                return (null, [.. issues.Select(ToIssue).Distinct()]);
            }

            return resource is Bundle bundle
                ? (bundle, [])
                : (null, [new FhirIssue(FhirTrace.Root, "The body must be a FHIR R4 Bundle (resourceType \"Bundle\").", OperationOutcome.IssueType.Structure)]);
        }
        catch (JsonException ex)
        {
            return (null, [new FhirIssue(FhirTrace.Root, $"The body is not well-formed JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).", OperationOutcome.IssueType.Structure)]);
        }
    }

    private static FhirIssue ToIssue(CodedException issue)
    {
        var path = (issue as ExtendedCodedException)?.InstancePath;
        path = string.IsNullOrEmpty(path) ? FhirTrace.Root : path.StartsWith("$this", StringComparison.Ordinal) ? FhirTrace.Root + path[5..] : path;
        var message = Messages.GetValueOrDefault(issue.ErrorCode, "The element is not valid FHIR R4 JSON.");
        return new FhirIssue(path, $"{message} (Firely SDK {issue.ErrorCode})", OperationOutcome.IssueType.Structure);
    }
}
