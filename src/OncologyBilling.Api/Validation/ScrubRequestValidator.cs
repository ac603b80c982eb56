using FluentValidation;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>Every 400 case of the v1 contract for POST /api/v1/claims/scrub.</summary>
internal sealed class ScrubRequestValidator : AbstractValidator<ScrubRequest>
{
    public const int MaxDiagnoses = 12;
    public const int MaxAdministrations = 50;

    public ScrubRequestValidator()
    {
        RuleFor(r => r.EncounterId).NotEmpty().Matches("^[A-Za-z0-9._-]{1,64}$")
            .WithMessage("'encounterId' must be 1–64 characters of A–Z a–z 0–9 . _ -.");
        RuleFor(r => r.Setting).NotNull();
        RuleFor(r => r.Diagnoses).NotEmpty().Must(d => d is null || d.Count <= MaxDiagnoses)
            .WithMessage($"'diagnoses' must hold 1 to {MaxDiagnoses} codes.");
        RuleForEach(r => r.Diagnoses).NotEmpty().Matches(Formats.Icd10Cm).WithMessage("Not an ICD-10-CM code (letter, digit, letter or digit, then up to 4 more; dot optional).");
        RuleFor(r => r.Administrations).Must(a => a is null || a.Count <= MaxAdministrations)
            .WithMessage($"'administrations' must hold at most {MaxAdministrations} entries.");
        RuleFor(r => r.Administrations).NotEmpty().When(r => r.Services is not { Count: > 0 })
            .WithMessage("'administrations' is required unless 'services' is non-empty.");
        RuleFor(r => r.DateOfService).NotNull().When(r => r.Administrations is not { Count: > 0 })
            .WithMessage("'dateOfService' is required when there are no administrations.");
        RuleForEach(r => r.Administrations).NotNull().SetValidator(new AdministrationInputValidator());
        RuleForEach(r => r.Services).NotNull().ChildRules(s => s.RuleFor(x => x!.Code).NotEmpty().Matches(Formats.ServiceCode));

        // Found by the hostile-input suite: null entries here reached the mapping and were 500s.
        RuleForEach(r => r.Services).ChildRules(s => s.RuleForEach(x => x!.Modifiers).NotEmpty());
        RuleForEach(r => r.PriorAuthorizations).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x!.Number).NotEmpty();
            p.RuleForEach(x => x!.Hcpcs).NotEmpty();
        });
        RuleFor(r => r.BillingProvider!.Npi).Must(Npi.IsValid!).When(r => r.BillingProvider?.Npi is not null)
            .WithMessage("'npi' must be 10 digits with a valid check digit (Luhn, prefix 80840).");
    }
}
