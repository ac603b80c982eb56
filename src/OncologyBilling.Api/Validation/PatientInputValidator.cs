using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>Patient details are optional and unused for coding; only their size and plausibility are checked.</summary>
internal sealed class PatientInputValidator : AbstractValidator<PatientInput?>
{
    public PatientInputValidator()
    {
        // One message per field: a missing value is not also reported as badly shaped.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p!.Id).MaximumLength(Limits.MaxIdLength);
        RuleFor(p => p!.DateOfBirth)
            .Must(d => d >= Limits.EarliestBirthDate && d <= Limits.LatestDate).When(p => p!.DateOfBirth is not null)
            .WithMessage($"'dateOfBirth' must fall between {Limits.EarliestBirthDate:yyyy-MM-dd} and {Limits.LatestDate:yyyy-MM-dd}.");
        RuleFor(p => p!.Sex).MaximumLength(Limits.MaxShortTextLength);
        RuleFor(p => p!.LastName).MaximumLength(Limits.MaxNameLength);
        RuleFor(p => p!.FirstName).MaximumLength(Limits.MaxNameLength);
        RuleFor(p => p!.MemberId).MaximumLength(Limits.MaxIdLength);
        RuleFor(p => p!.Address).SetValidator(new AddressInputValidator());
    }
}
