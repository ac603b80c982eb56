using Hl7.Fhir.Model;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// Picks the codings of a CodeableConcept in the systems we read. A concept coded only in systems we do not read is
/// an issue naming each coding's system: the scrub cannot use it, and guessing from its display is not allowed.
/// </summary>
internal static class CodingLookup
{
    public static List<(Coding Coding, string Path)> InSystems(CodeableConcept? concept, string path, Func<string?, bool> reads) =>
        [.. (concept?.Coding ?? []).Select((c, i) => (c, $"{path}.coding[{i}]")).Where(c => reads(c.c.System))];

    public static IEnumerable<FhirIssue> Unread(CodeableConcept concept, string path, string readSystems) =>
        concept.Coding.Select((c, i) => new FhirIssue(
            $"{path}.coding[{i}].system",
            $"A coding in a system this service does not read; send one in {readSystems}.",
            OperationOutcome.IssueType.CodeInvalid));
}
