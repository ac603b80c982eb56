using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>An amount and its unit. Doses and vial sizes must be positive; a documented waste may be zero (DRG-WASTE-02).</summary>
internal sealed class QuantityInputValidator : AbstractValidator<QuantityInput?>
{
    public QuantityInputValidator(bool allowZero = false)
    {
        // One message per field: a missing value is not also reported as badly shaped.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(q => q!.Amount).NotNull()
            .Must(a => allowZero ? a >= 0 : a > 0).WithMessage(allowZero ? "'amount' must not be negative." : "'amount' must be greater than 0.")
            .LessThanOrEqualTo(Limits.MaxAmount).WithMessage($"'amount' must be at most {Limits.MaxAmount:0}.");
        RuleFor(q => q!.Unit).NotNull().WithMessage("'unit' is required: mg, mcg, g, mL or units.");
    }
}
