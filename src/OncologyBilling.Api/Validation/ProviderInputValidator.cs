using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>A rendering or attending provider: a sent NPI carries a valid check digit; names are bounded.</summary>
internal sealed class ProviderInputValidator : AbstractValidator<ProviderInput?>
{
    public ProviderInputValidator()
    {
        RuleFor(p => p!.Npi).Must(n => Npi.IsValid(n!)).When(p => p!.Npi is not null)
            .WithMessage("'npi' must be 10 digits with a valid check digit (Luhn, prefix 80840).");
        RuleFor(p => p!.LastName).MaximumLength(Limits.MaxNameLength);
        RuleFor(p => p!.FirstName).MaximumLength(Limits.MaxNameLength);
    }
}
