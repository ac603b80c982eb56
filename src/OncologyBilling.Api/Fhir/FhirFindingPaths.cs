using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Input;

namespace OncologyBilling.Api.Fhir;

/// <summary>Rewrites each finding's request path to the FHIR element it was mapped from.</summary>
internal static class FhirFindingPaths
{
    public static ScrubbedClaim WithFhirPaths(this ScrubbedClaim claim, FhirTrace trace) => claim with
    {
        Findings = [.. claim.Findings.Select(f => f.Path is null ? f : f with { Path = trace.Translate(f.Path) })],
    };
}
