using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>The billing provider: an NPI, when sent, must carry a valid check digit.</summary>
internal sealed class BillingProviderInputValidator : AbstractValidator<BillingProviderInput?>
{
    public BillingProviderInputValidator() =>
        RuleFor(b => b!.Npi).Must(n => Npi.IsValid(n!)).When(b => b!.Npi is not null)
            .WithMessage("'npi' must be 10 digits with a valid check digit (Luhn, prefix 80840).");
}
