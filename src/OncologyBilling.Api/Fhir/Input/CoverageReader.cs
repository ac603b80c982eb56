using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>The payer and the patient's member id, read from the Bundle's Coverage.</summary>
internal sealed record CoverageRead(PayerInput Payer, string? MemberId, ResourceReference Reference);

/// <summary>
/// The Bundle's one active Coverage (or, among several, the one with order 1): Coverage.type in the Source of Payment
/// Typology gives payer.type (fhir-codes.json, element payerType; absent, the contract's default Medicare applies, as for JSON),
/// Coverage.payor the payer's name and id, subscriberId the member id when the patient is the subscriber. A type
/// coded in another system or with a code not mapped is refused: scrubbing a Medicaid claim as Medicare is a wrong claim.
/// </summary>
internal static class CoverageReader
{
    public const string AllCoverages = "Bundle.entry.resource.ofType(Coverage)";
    private const string Relationship = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
    private const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";

    public static CoverageRead? Read(MappingState state, Patient? subject)
    {
        foreach (var field in new[] { "payer", "patient.memberId" })
        {
            state.Trace.Add(field, AllCoverages);
        }

        var active = state.Bundle.OfType<Coverage>().Where(c => c.Resource.Status == FinancialResourceStatusCodes.Active).ToList();
        var primary = active.Count == 1 ? active : [.. active.Where(c => c.Resource.Order == 1)];
        if (active.Count == 0)
        {
            return null;
        }

        if (primary.Count != 1)
        {
            state.Issue(
                AllCoverages, "More than one active Coverage: mark the primary one with Coverage.order = 1.", OperationOutcome.IssueType.Required);
            return null;
        }

        var (coverage, path) = primary[0];
        // Another patient's Coverage would bill the wrong member: refused rather than read.
        if (subject is not null && state.Bundle.Resolve<Patient>(coverage.Beneficiary, coverage, path) is var (beneficiary, _)
            && !ReferenceEquals(beneficiary, subject))
        {
            state.Issue($"{path}.beneficiary", "The Coverage's beneficiary is not the Encounter's subject: send the Coverage of the patient treated.");
            return null;
        }

        state.Trace.Add("payer", path);
        state.Trace.Add("payer.type", $"{path}.type");
        var (id, name) = Payor(state, coverage, path);
        var payer = new PayerInput { Type = Type(state, coverage.Type, $"{path}.type"), Id = id, Name = name };
        return new CoverageRead(payer, MemberId(state, coverage, path), state.Bundle.ReferenceTo(coverage));
    }

    // Source of Payment Typology codes in fhir-codes.json (element payerType): an unread system or an unmapped code is
    // an issue on that coding, never a default.
    private static Scrubber.Model.PayerType? Type(MappingState state, CodeableConcept? type, string path) =>
        state.Lookup("payerType", type, path) is { } value ? Enum.Parse<Scrubber.Model.PayerType>(value, ignoreCase: true) : null;

    // One payor: an Organization in the Bundle gives its name and its payer identifier (type NIIP, else its only one);
    // a reference that does not resolve gives its identifier and display. Several payors, or a person, give nothing.
    private static (string? Id, string? Name) Payor(MappingState state, Coverage coverage, string path)
    {
        state.Trace.Add("payer.id", $"{path}.payor");
        state.Trace.Add("payer.name", $"{path}.payor");
        if (coverage.Payor.Count != 1)
        {
            return (null, null);
        }

        var payor = coverage.Payor[0];
        if (state.Bundle.Resolve<Organization>(payor, coverage, path) is var (organization, organizationPath))
        {
            state.Trace.Add("payer.name", $"{organizationPath}.name");
            var ids = organization.Identifier;
            var index = ids.FindIndex(i => i.Type?.Coding.Any(c => c.System == IdentifierType && c.Code == "NIIP") == true);
            index = index < 0 && ids.Count == 1 ? 0 : index;
            state.Trace.Add("payer.id", index < 0 ? $"{organizationPath}.identifier" : $"{organizationPath}.identifier[{index}].value");
            return (index < 0 ? null : ids[index].Value, organization.Name);
        }

        if (state.Bundle.Resolve<Resource>(payor, coverage, path) is not null)
        {
            // A payor that is a person (self-pay: Patient or RelatedPerson) has no payer name or id.
            return (null, null);
        }

        state.Trace.Add("payer.id", $"{path}.payor[0].identifier.value");
        state.Trace.Add("payer.name", $"{path}.payor[0].display");
        return (payor.Identifier?.Value, payor.Display);
    }

    // The 837 takes the patient as the subscriber (docs/x12.md); a Coverage whose relationship is not self is not read.
    private static string? MemberId(MappingState state, Coverage coverage, string path)
    {
        if (coverage.Relationship?.Coding.Any(c => c.System == Relationship && c.Code != "self") == true)
        {
            state.Trace.Add("patient.memberId", $"{path}.relationship");
            return null;
        }

        if (coverage.SubscriberId is { } subscriberId)
        {
            state.Trace.Add("patient.memberId", $"{path}.subscriberId");
            return subscriberId;
        }

        var index = coverage.Identifier.FindIndex(i => i.Type?.Coding.Any(c => c.System == IdentifierType && c.Code == "MB") == true);
        state.Trace.Add("patient.memberId", index < 0 ? $"{path}.subscriberId" : $"{path}.identifier[{index}].value");
        return index < 0 ? null : coverage.Identifier[index].Value;
    }
}
