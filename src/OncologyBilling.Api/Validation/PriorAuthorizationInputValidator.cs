using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>A prior authorization: its number and the codes it covers.</summary>
internal sealed class PriorAuthorizationInputValidator : AbstractValidator<PriorAuthorizationInput?>
{
    public PriorAuthorizationInputValidator()
    {
        // One message per field: a missing value is not also reported as badly shaped.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p!.Number).NotEmpty().MaximumLength(Limits.MaxIdLength);
        RuleFor(p => p!.Hcpcs).Must(h => h!.Count <= Limits.MaxCodesPerAuthorization).When(p => p!.Hcpcs is not null)
            .WithMessage($"'hcpcs' must hold at most {Limits.MaxCodesPerAuthorization} codes.");
        RuleForEach(p => p!.Hcpcs).EachCode(Formats.ServiceCode, "A code is required here.",
                "Not a HCPCS or CPT code (a letter and four digits such as J9271, or five digits).")
            .When(p => p!.Hcpcs is { Count: <= Limits.MaxCodesPerAuthorization });
    }
}
