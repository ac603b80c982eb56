using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

internal sealed class AdministrationInputValidator : AbstractValidator<AdministrationInput?>
{
    // Bounds far above any real dose, vial count or waste, so that unit arithmetic downstream cannot overflow
    // (the hostile-input suite found OverflowException 500s with amounts like 1e28).
    public const decimal MaxAmount = 1_000_000m;
    public const int MaxVials = 1_000;

    public AdministrationInputValidator()
    {
        RuleFor(a => a!.Drug).NotNull();
        RuleFor(a => a!.Drug!).Must(d => d.Hcpcs is not null || d.Name is not null).When(a => a!.Drug is not null)
            .WithMessage("'drug' needs 'hcpcs' or 'name'.");
        RuleFor(a => a!.Drug!.Hcpcs).Matches(Formats.Hcpcs).When(a => a!.Drug?.Hcpcs is not null)
            .WithMessage("Not a HCPCS code (a letter and four digits, such as J9271).");
        RuleFor(a => a!.Route).NotNull();
        RuleFor(a => a!.Start).NotNull();
        RuleFor(a => a!.End).NotNull().When(a => a!.Route == AdministrationRoute.IvInfusion)
            .WithMessage("'end' is required for an ivInfusion.");
        RuleFor(a => a!.End).GreaterThan(a => a!.Start).When(a => a!.Start is not null && a!.End is not null)
            .WithMessage("'end' must be later than 'start'.");
        RuleFor(a => a!.Dose).NotNull().When(a => a!.Category != DrugCategory.Hydration)
            .WithMessage("'dose' is required except for hydration fluids.");
        RuleFor(a => a!.Dose!.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(MaxAmount).When(a => a!.Dose is not null);
        RuleFor(a => a!.Dose!.Unit).NotNull().When(a => a!.Dose is not null);

        // Found by the hostile-input suite: an incomplete vial or wasted amount reached the mapping and was a 500.
        RuleForEach(a => a!.Vials).NotNull().ChildRules(vial =>
        {
            vial.RuleFor(v => v!.Size).NotNull();
            vial.RuleFor(v => v!.Size!.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(MaxAmount).When(v => v!.Size is not null);
            vial.RuleFor(v => v!.Size!.Unit).NotNull().When(v => v!.Size is not null);
            vial.RuleFor(v => v!.Count).NotNull().GreaterThan(0).LessThanOrEqualTo(MaxVials);
        }).When(a => a!.Vials is not null);
        RuleFor(a => a!.Wasted!.Amount).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(MaxAmount).When(a => a!.Wasted is not null);
        RuleFor(a => a!.Wasted!.Unit).NotNull().When(a => a!.Wasted is not null);
    }
}
