using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

internal sealed class AdministrationInputValidator : AbstractValidator<AdministrationInput?>
{
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
        RuleFor(a => a!.Dose!.Amount).NotNull().GreaterThan(0).When(a => a!.Dose is not null);
        RuleFor(a => a!.Dose!.Unit).NotNull().When(a => a!.Dose is not null);
    }
}
