using FluentValidation;
using FluentValidation.Results;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// Runs the JSON endpoint's own validator on the mapped request and names each failure by its FHIR element. One
/// difference: an infusion with no stop time is not refused; the scrub reports it (INP-01) on effectivePeriod.end.
/// </summary>
internal static class FhirRequestValidation
{
    public static async Task<List<FhirIssue>> ValidateAsync(
        IValidator<ScrubRequest> validator, ScrubRequest request, MappingState state, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(request, cancellationToken);
        var issues = new List<FhirIssue>(state.Issues);
        foreach (var failure in result.Errors.Where(f => !IsMissingStopTime(f)))
        {
            // A reader's issue on the element (or inside it) already says more than the contract's message would.
            var expression = state.Trace.Translate(failure.PropertyName);
            if (expression == FhirTrace.Root || !state.Issues.Any(i => i.Expression.StartsWith(expression, StringComparison.Ordinal)))
            {
                issues.Add(new FhirIssue(expression, failure.ErrorMessage));
            }
        }

        return [.. issues.DistinctBy(i => (i.Expression, i.Message))];
    }

    private static bool IsMissingStopTime(ValidationFailure failure) =>
        failure.ErrorCode == "NotNullValidator" && failure.PropertyName.StartsWith("administrations[", StringComparison.Ordinal)
        && failure.PropertyName.EndsWith("].end", StringComparison.Ordinal);
}
