using FluentValidation;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Validation;

/// <summary>Every 400 case of the v1 contract for POST /api/v1/claims/scrub; child validators cover the nested objects.</summary>
internal sealed class ScrubRequestValidator : AbstractValidator<ScrubRequest>
{
    public const string NullEntry = "An entry must be an object, not null.";

    public ScrubRequestValidator(IReferenceDataProvider referenceData)
    {
        // One message per field: a missing value is not also reported as badly shaped.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.EncounterId).NotEmpty().Matches(Formats.EncounterId)
            .WithMessage("'encounterId' must be 1–64 characters of A–Z a–z 0–9 . _ -.");
        RuleFor(r => r.Setting).NotNull().WithMessage("'setting' is required: office or hospitalOutpatient.");
        RuleFor(r => r.DateOfService).NotNull().When(r => r.Administrations is not { Count: > 0 })
            .WithMessage("'dateOfService' is required when there are no administrations.");
        RuleFor(r => r.DateOfService).Must(d => Limits.IsInRange(d!.Value))
            .WithMessage($"'dateOfService' must fall between {Limits.EarliestDate:yyyy-MM-dd} and {Limits.LatestDate:yyyy-MM-dd}.")
            .Must((r, d) => IsAnAdministrationStartDate(r, d!.Value))
            .WithMessage("'dateOfService' is not the date of any administration's start (each in its own offset): check the date or the start times.")
            .When(r => r.DateOfService is not null);
        RuleFor(r => r.EncounterReason).IsInEnum().WithMessage("'encounterReason' must be one of the documented values.");
        RuleFor(r => r.Payer).SetValidator(new PayerInputValidator());
        RuleFor(r => r.BillingProvider).SetValidator(new BillingProviderInputValidator());
        RuleFor(r => r.Patient).SetValidator(new PatientInputValidator());
        RuleFor(r => r.RenderingProvider).SetValidator(new ProviderInputValidator());
        RuleFor(r => r.Diagnoses).NotEmpty().WithMessage($"'diagnoses' must hold 1 to {Limits.MaxDiagnoses} codes.")
            .Must(d => d!.Count <= Limits.MaxDiagnoses).WithMessage($"'diagnoses' must hold 1 to {Limits.MaxDiagnoses} codes.");
        RuleForEach(r => r.Diagnoses).EachCode(Formats.Icd10Cm, "A diagnosis code is required here.",
                "Not an ICD-10-CM code (letter, digit, letter or digit, then up to 4 more; dot optional).")
            .When(r => r.Diagnoses is { Count: <= Limits.MaxDiagnoses });
        RuleFor(r => r.Administrations).NotEmpty().When(r => r.Services is not { Count: > 0 })
            .WithMessage("'administrations' is required unless 'services' is non-empty.");
        RuleFor(r => r.Administrations).Must(a => a!.Count <= Limits.MaxAdministrations).When(r => r.Administrations is not null)
            .WithMessage($"'administrations' must hold at most {Limits.MaxAdministrations} entries.");
        RuleForEach(r => r.Administrations).EachEntry(new AdministrationInputValidator(referenceData))
            .When(r => r.Administrations is { Count: <= Limits.MaxAdministrations });
        RuleFor(r => r.Services).Must(s => s!.Count <= Limits.MaxServices).When(r => r.Services is not null)
            .WithMessage($"'services' must hold at most {Limits.MaxServices} entries.");
        RuleForEach(r => r.Services).EachEntry(new ServiceInputValidator())
            .When(r => r.Services is { Count: <= Limits.MaxServices });
        RuleFor(r => r.PriorAuthorizations).Must(p => p!.Count <= Limits.MaxPriorAuthorizations).When(r => r.PriorAuthorizations is not null)
            .WithMessage($"'priorAuthorizations' must hold at most {Limits.MaxPriorAuthorizations} entries.");
        RuleForEach(r => r.PriorAuthorizations).EachEntry(new PriorAuthorizationInputValidator())
            .When(r => r.PriorAuthorizations is { Count: <= Limits.MaxPriorAuthorizations });
    }

    /// <summary>
    /// True when some administration starts on the date, judged in each start's own offset, or when that cannot be
    /// judged yet (no administrations, a start missing or the list over its limit: those are errors of their own).
    /// </summary>
    private static bool IsAnAdministrationStartDate(ScrubRequest request, DateOnly date) =>
        request.Administrations is not { Count: > 0 and <= Limits.MaxAdministrations } administrations
        || administrations.Any(a => a?.Start is null)
        || administrations.Any(a => DateOnly.FromDateTime(a!.Start!.Value.DateTime) == date);
}
