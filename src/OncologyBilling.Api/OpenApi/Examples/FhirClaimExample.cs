using System.Text;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.Logging.Abstractions;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir;
using OncologyBilling.Api.Fhir.Input;
using OncologyBilling.Api.Fhir.Output;
using OncologyBilling.ReferenceData.Fhir;
using OncologyBilling.Scrubber.Estimate;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// The application/fhir+json 200 example of the FHIR endpoint: the office chemotherapy day Bundle example mapped,
/// scrubbed and written as the endpoint does it, when the document is generated (fixed run id and created time).
/// </summary>
internal sealed class FhirClaimExample(
    IEnumerable<IScrubStage> stages, IReferenceDataProvider referenceData, ScrubberOptions options, SiteOfCareEstimator estimator)
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    // Fixed like the run id, so that the generated document (and its committed snapshot) does not change per build.
    private static readonly Guid OutcomeId = new("0195a3c2-7d10-7a5e-9c41-3f0e8b2d6a12");

    public OpenApiExampleText Build()
    {
        var (bundle, _) = BundleParser.Parse(Encoding.UTF8.GetBytes(FhirBundleExamples.Requests[0].Json), 64);
        var (request, state) = FhirRequestMapper.Map(bundle ?? throw new InvalidOperationException("The FHIR example is not a valid Bundle."), FhirCodeTable.Embedded);
        // A logger-less scrubber: generating the document is not a scrub anyone asked for, so it writes no scrub event.
        var scrubber = new ClaimScrubber(stages, referenceData, options, NullLogger<ClaimScrubber>.Instance, estimator);
        var claim = (scrubber.Scrub(request.ToEncounter()) with { RunId = ScrubbedClaimExample.RunId }).ToContract().WithFhirPaths(state.Trace);
        var written = FhirClaimWriter.Write(claim, ClaimParties.From(request, state.References), Created, OutcomeId);
        return new(
            "officeChemotherapyDayFhirClaim",
            "Office chemotherapy day, as a FHIR Claim",
            "The FHIR Claim and OperationOutcome for the office chemotherapy day Bundle example, generated when this document is built.",
            written.ToJson());
    }

    /// <summary>The JSON endpoint's application/fhir+json 200 example: its office request example, scrubbed and written as a Claim.</summary>
    public static OpenApiExampleText BuildFromJson(OpenApiExampleText request, ScrubbedClaimExample scrubbed, JsonSerializerOptions json)
    {
        var input = JsonSerializer.Deserialize<ScrubRequest>(request.Json, json) ?? throw new InvalidOperationException("A request example is empty.");
        var written = FhirClaimWriter.Write(scrubbed.Scrub(request.Json, json), ClaimParties.From(input), Created, OutcomeId);
        return new(
            request.Key + "FhirClaim",
            $"{request.Summary}, as a FHIR Claim",
            $"The FHIR Claim and OperationOutcome for the {request.Key} request example (Accept: application/fhir+json), generated when this document is built.",
            written.ToJson());
    }
}
