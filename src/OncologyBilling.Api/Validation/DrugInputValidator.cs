using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>A drug reference: a HCPCS code or a name, and an optional NDC of an accepted shape.</summary>
internal sealed class DrugInputValidator : AbstractValidator<DrugInput?>
{
    public DrugInputValidator()
    {
        // One message per field: a missing value is not also reported as badly shaped.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(d => d).Must(d => !string.IsNullOrWhiteSpace(d!.Hcpcs) || !string.IsNullOrWhiteSpace(d.Name))
            .WithMessage("'drug' needs 'hcpcs' or 'name'.");
        RuleFor(d => d!.Hcpcs).Matches(Formats.Hcpcs).When(d => d!.Hcpcs is not null)
            .WithMessage("Not a HCPCS code (a letter and four digits, such as J9271).");
        RuleFor(d => d!.Name).MaximumLength(Limits.MaxNameLength);
        RuleFor(d => d!.Ndc).Matches(Formats.Ndc).When(d => d!.Ndc is not null)
            .WithMessage("Not an NDC: use a hyphenated 4-4-2, 5-3-2 or 5-4-1 form (0006-3026-02) or 11 digits (00006302602).");
    }
}
