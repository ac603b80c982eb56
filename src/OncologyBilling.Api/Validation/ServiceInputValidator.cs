using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>A non-administration service: a CPT/HCPCS code, up to four modifiers and optional minutes.</summary>
internal sealed class ServiceInputValidator : AbstractValidator<ServiceInput?>
{
    public ServiceInputValidator()
    {
        // One message per field: a missing value is not also reported as badly shaped.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(s => s!.Code).NotEmpty().Matches(Formats.ServiceCode)
            .WithMessage("Not a CPT or HCPCS code (five digits such as 99214, or a letter and four digits such as G2211).");
        RuleFor(s => s!.Modifiers).Must(m => m!.Count <= Limits.MaxModifiers).When(s => s!.Modifiers is not null)
            .WithMessage($"'modifiers' must hold at most {Limits.MaxModifiers} entries.");
        RuleForEach(s => s!.Modifiers).EachCode(Formats.Modifier, "A modifier is required here.", "Not a modifier (two letters or digits, such as 25).")
            .When(s => s!.Modifiers is { Count: <= Limits.MaxModifiers });
        RuleFor(s => s!.Minutes).InclusiveBetween(0, Limits.MaxServiceMinutes)
            .WithMessage($"'minutes' must be between 0 and {Limits.MaxServiceMinutes}.");
    }
}
