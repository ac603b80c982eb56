using OncologyBilling.ReferenceData.Fhir;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>What the readers share while one Bundle is mapped: its index, the trace they fill and the issues they find.</summary>
internal sealed class MappingState(BundleIndex bundle, FhirCodeTable codes)
{
    public BundleIndex Bundle { get; } = bundle;
    public FhirCodeTable Codes { get; } = codes;
    public FhirTrace Trace { get; } = new();
    public List<FhirIssue> Issues { get; } = [];

    /// <summary>References the Claim output points back to (the Encounter's subject, the billing resource, the Encounter).</summary>
    public Output.BundleReferences References { get; set; } = new(null, null, null);

    public void Issue(string expression, string message, Hl7.Fhir.Model.OperationOutcome.IssueType code = Hl7.Fhir.Model.OperationOutcome.IssueType.Invalid) =>
        Issues.Add(new FhirIssue(expression, message, code));

    /// <summary>The table value of the first coding in a read system; an issue when the code is unknown or no system is read.</summary>
    public string? Lookup(string element, Hl7.Fhir.Model.CodeableConcept? concept, string path)
    {
        if (concept is null || concept.Coding.Count == 0)
        {
            return null;
        }

        var read = CodingLookup.InSystems(concept, path, s => Codes.Reads(element, s));
        if (read.Count == 0)
        {
            Issues.AddRange(CodingLookup.Unread(concept, path, string.Join(", ", Codes.Systems[element].Order(StringComparer.Ordinal))));
            return null;
        }

        var (coding, codingPath) = read[0];
        if (Codes.Find(element, coding.System, coding.Code) is { } row)
        {
            return row.Value;
        }

        Issue($"{codingPath}.code", $"This {element} code is not one the scrubber maps (fhir-codes {Codes.Version.Version}; docs/fhir.md lists them).",
            Hl7.Fhir.Model.OperationOutcome.IssueType.CodeInvalid);
        return null;
    }
}
