using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>The payer: the type is an enum the serializer already checked; the id is bounded.</summary>
internal sealed class PayerInputValidator : AbstractValidator<PayerInput?>
{
    public PayerInputValidator()
    {
        RuleFor(p => p!.Id).MaximumLength(Limits.MaxIdLength);
        RuleFor(p => p!.Name).MaximumLength(Limits.MaxNameLength);
    }
}
