using FluentValidation;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Validation;

/// <summary>One administration: drug, route, times, dose, vials and waste, as the contract requires them.</summary>
internal sealed class AdministrationInputValidator : AbstractValidator<AdministrationInput?>
{
    public AdministrationInputValidator(IReferenceDataProvider referenceData)
    {
        // One message per field: a missing value is not also reported as badly shaped.
        RuleLevelCascadeMode = CascadeMode.Stop;
        var hydration = new HydrationCheck(referenceData);
        RuleFor(a => a!.Id).MaximumLength(Limits.MaxIdLength);
        RuleFor(a => a!.Drug).NotNull().WithMessage("'drug' is required: a HCPCS code or a name.").SetValidator(new DrugInputValidator());
        RuleFor(a => a!.Route).NotNull().WithMessage("'route' is required: ivInfusion, ivPush, subcutaneous, intramuscular or onBodyInjector.");
        RuleFor(a => a!.Start).NotNull().Must(s => Limits.IsInRange(s!.Value)).When(a => a!.Start is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(OutOfRange);
        RuleFor(a => a!.End).NotNull().When(a => a!.Route == AdministrationRoute.IvInfusion)
            .WithMessage("'end' is required for an ivInfusion.");
        RuleFor(a => a!.End).Must(e => Limits.IsInRange(e!.Value)).When(a => a!.End is not null).WithMessage(OutOfRange)
            .DependentRules(() => RuleFor(a => a!.End)
                .Must((a, end) => end > a!.Start).WithMessage("'end' must be later than 'start'.")
                .Must((a, end) => end - a!.Start <= Limits.MaxAdministrationDuration)
                .WithMessage($"An administration may last at most {Limits.MaxAdministrationDuration.TotalDays:0} days: check the end date.")
                .Must((a, end) => a!.Pump == true || end - a.Start <= Limits.MaxNonPumpAdministrationDuration)
                .WithMessage($"An administration longer than {Limits.MaxNonPumpAdministrationDuration.TotalHours:0} hours must be on a pump " +
                    "('pump': true): check the end date.")
                .When(a => a!.Start is not null && a.End is not null));
        RuleFor(a => a!.Dose).NotNull().Unless(hydration.IsHydration)
            .WithMessage("'dose' is required except for hydration fluids.");
        RuleFor(a => a!.Dose).SetValidator(new QuantityInputValidator());
        RuleFor(a => a!.Vials).Must(v => v!.Count <= Limits.MaxVialEntries).When(a => a!.Vials is not null)
            .WithMessage($"'vials' must hold at most {Limits.MaxVialEntries} entries.");
        RuleForEach(a => a!.Vials).EachEntry(new VialInputValidator()).When(a => a!.Vials is { Count: <= Limits.MaxVialEntries });
        RuleFor(a => a!.Wasted).SetValidator(new QuantityInputValidator(allowZero: true));
        RuleFor(a => a!.Wasted).Must((a, _) => Amounts.WastedFitsInVials(a!))
            .WithMessage("'wasted' is more than the containers opened ('vials').");
        RuleFor(a => a!.AccessSite).MaximumLength(Limits.MaxIdLength);
        RuleFor(a => a!.AccessSite).Must(site => !string.IsNullOrWhiteSpace(site)).When(a => a!.SeparateSiteRequired == true)
            .WithMessage("'accessSite' is required when 'separateSiteRequired' is true: name the separate IV site.");
        RuleFor(a => a!.SeparateSiteRequired).Must((a, _) => a!.Route is null or AdministrationRoute.IvInfusion or AdministrationRoute.IvPush)
            .When(a => a!.SeparateSiteRequired == true)
            .WithMessage("'separateSiteRequired' applies to an IV site: the route must be ivInfusion or ivPush.");
        RuleFor(a => a!.Bag).MaximumLength(Limits.MaxIdLength);
    }

    private static string OutOfRange => $"Must fall between {Limits.EarliestDate:yyyy-MM-dd} and {Limits.LatestDate:yyyy-MM-dd}.";
}
