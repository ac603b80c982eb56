using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>An address is only bounded here; what the 837 needs of it is checked when X12 is asked for.</summary>
internal sealed class AddressInputValidator : AbstractValidator<AddressInput?>
{
    public AddressInputValidator()
    {
        RuleFor(a => a!.Line1).MaximumLength(Limits.MaxNameLength);
        RuleFor(a => a!.Line2).MaximumLength(Limits.MaxNameLength);
        RuleFor(a => a!.City).MaximumLength(Limits.MaxNameLength);
        RuleFor(a => a!.State).MaximumLength(Limits.MaxShortTextLength);
        RuleFor(a => a!.PostalCode).MaximumLength(Limits.MaxShortTextLength);
    }
}
