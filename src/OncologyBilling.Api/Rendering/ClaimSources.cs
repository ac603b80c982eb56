using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Output;
using OncologyBilling.X12.Rendering;

namespace OncologyBilling.Api.Rendering;

/// <summary>
/// What one scrub can be written from, each built only when its representation is chosen: the JSON contract claim (the
/// endpoint's own, so that the FHIR endpoint passes it with finding paths already rewritten to FHIRPaths), the 837's
/// input and the Claim's parties. <paramref name="ProblemKey"/> renames an X12 problem's request path to what the
/// client sent (the FHIR endpoint's FHIRPaths); configuration keys (<c>X12:…</c>) pass unchanged.
/// </summary>
internal sealed record ClaimSources(
    ScrubResult Result, Func<ScrubbedClaim> Contract, Func<X12Claim> X12Claim, Func<ClaimParties> Parties, Func<string, string>? ProblemKey = null);
