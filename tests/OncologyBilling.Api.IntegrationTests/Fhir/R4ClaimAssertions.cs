using FluentAssertions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>
/// A returned Claim Bundle checked twice: the Firely SDK's own POCO validation (the R4 model's cardinality, required
/// value-set and primitive-format attributes, recursively), and the R4 Claim resource's required elements asserted one
/// by one (FHIR R4 claim.html, "Resource Claim - Content": status, type, use, patient, created, provider, priority
/// 1..1; insurance 1..* with sequence, focal and coverage 1..1; diagnosis.sequence and diagnosis[x] 1..1;
/// item.sequence and item.productOrService 1..1, item.detail likewise), so a model change cannot hide a gap.
/// </summary>
public static class R4ClaimAssertions
{
    public static void ShouldBeValidR4(this Bundle bundle)
    {
        var errors = bundle.Validate(ModelInfo.ModelInspector, validateRecursively: true);
        errors.Should().BeEmpty();
        bundle.Type.Should().NotBeNull();
        var claim = bundle.Entry.Select(e => e.Resource).OfType<Claim>().Single();
        claim.Status.Should().NotBeNull();
        claim.Type.Coding.Should().ContainSingle(c => c.System == "http://terminology.hl7.org/CodeSystem/claim-type");
        claim.Use.Should().NotBeNull();
        ShouldPoint(claim.Patient);
        claim.Created.Should().NotBeNullOrEmpty();
        ShouldPoint(claim.Provider);
        claim.Priority.Coding.Should().ContainSingle(c => c.System == "http://terminology.hl7.org/CodeSystem/processpriority" && c.Code == "normal");
        claim.Insurance.Should().NotBeEmpty().And.AllSatisfy(i =>
        {
            i.Sequence.Should().BePositive();
            i.Focal.Should().NotBeNull();
            ShouldPoint(i.Coverage);
        });
        claim.Insurance.Should().ContainSingle(i => i.Focal == true);
        // FluentAssertions' AllSatisfy refuses an empty collection, and 0..* lists may be empty: plain loops.
        foreach (var diagnosis in claim.Diagnosis)
        {
            diagnosis.Sequence.Should().BePositive();
            diagnosis.Diagnosis.Should().NotBeNull();
        }

        foreach (var item in claim.Item)
        {
            item.Sequence.Should().BePositive();
            item.ProductOrService.Coding.Should().ContainSingle();
            foreach (var detail in item.Detail)
            {
                detail.Sequence.Should().BePositive();
                detail.ProductOrService.Coding.Should().ContainSingle();
            }
        }

        var outcome = bundle.Entry.Select(e => e.Resource).OfType<OperationOutcome>().Single();
        outcome.Issue.Should().NotBeEmpty().And.AllSatisfy(i =>
        {
            i.Severity.Should().NotBeNull();
            i.Code.Should().NotBeNull();
        });
    }

    // Reference has no required element; one that points nowhere is of no use to a payer.
    private static void ShouldPoint(ResourceReference reference) =>
        (reference.Reference ?? reference.Identifier?.Value ?? reference.Display).Should().NotBeNullOrEmpty();
}
