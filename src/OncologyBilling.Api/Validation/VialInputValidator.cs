using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>Containers of one size opened for a dose.</summary>
internal sealed class VialInputValidator : AbstractValidator<VialInput?>
{
    public VialInputValidator()
    {
        // One message per field: a missing value is not also reported as badly shaped.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(v => v!.Size).NotNull().SetValidator(new QuantityInputValidator());
        RuleFor(v => v!.Count).NotNull().InclusiveBetween(1, Limits.MaxVialCount)
            .WithMessage($"'count' must be between 1 and {Limits.MaxVialCount}.");
    }
}
