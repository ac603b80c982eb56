using OncologyBilling.Api.Contracts;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// The validators' rules for a whole request as one allocation-free yes/no. Yes means the FluentValidation
/// validators would report nothing; no means they are asked, and they word the errors. Every check here mirrors
/// one rule of <see cref="ScrubRequestValidator"/> or a child validator, in the same order (FastRequestCheckTests
/// hold both to the same verdict on generated requests).
/// </summary>
internal sealed class FastRequestCheck(IReferenceDataProvider referenceData)
{
    private readonly FastAdministrationCheck _administrations = new(new HydrationCheck(referenceData));

    public bool Passes(ScrubRequest request)
    {
        var administrations = request.Administrations;
        if (request.EncounterId is not { } id || string.IsNullOrWhiteSpace(id) || !RequestPatterns.EncounterId().IsMatch(id)
            || request.Setting is null
            || (request.DateOfService is null && administrations is not { Count: > 0 })
            || (request.DateOfService is { } date && !(Limits.IsInRange(date) && IsAnAdministrationStartDate(administrations, date)))
            || (request.EncounterReason is { } reason && !Enum.IsDefined(reason)))
        {
            return false;
        }

        return Payer(request.Payer) && BillingProvider(request.BillingProvider) && Patient(request.Patient)
            && Provider(request.RenderingProvider) && Diagnoses(request.Diagnoses)
            && (administrations is { Count: > 0 } || request.Services is { Count: > 0 })
            && _administrations.All(administrations)
            && FastAdministrationCheck.Services(request.Services)
            && FastAdministrationCheck.PriorAuthorizations(request.PriorAuthorizations);
    }

    /// <summary>Mirrors ScrubRequestValidator.IsAnAdministrationStartDate, without LINQ.</summary>
    private static bool IsAnAdministrationStartDate(IReadOnlyList<AdministrationInput?>? administrations, DateOnly date)
    {
        if (administrations is not { Count: > 0 and <= Limits.MaxAdministrations })
        {
            return true;
        }

        var found = false;
        foreach (var administration in administrations)
        {
            if (administration?.Start is not { } start)
            {
                return true;
            }

            found |= DateOnly.FromDateTime(start.DateTime) == date;
        }

        return found;
    }

    private static bool Diagnoses(IReadOnlyList<string?>? diagnoses)
    {
        if (diagnoses is not { Count: > 0 and <= Limits.MaxDiagnoses })
        {
            return false;
        }

        foreach (var code in diagnoses)
        {
            if (!IsCode(code, RequestPatterns.Icd10Cm()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>CodeListRules.EachCode: present (not blank) and of the shape.</summary>
    public static bool IsCode(string? code, System.Text.RegularExpressions.Regex shape) =>
        !string.IsNullOrWhiteSpace(code) && shape.IsMatch(code);

    /// <summary>FluentValidation's MaximumLength: null passes.</summary>
    public static bool Fits(string? text, int maximum) => text is null || text.Length <= maximum;

    private static bool Payer(PayerInput? payer) =>
        payer is null || (Fits(payer.Id, Limits.MaxIdLength) && Fits(payer.Name, Limits.MaxNameLength));

    private static bool BillingProvider(BillingProviderInput? provider) =>
        provider?.Npi is not { } npi || Npi.IsValid(npi);

    private static bool Provider(ProviderInput? provider) =>
        provider is null
        || ((provider.Npi is null || Npi.IsValid(provider.Npi))
            && Fits(provider.LastName, Limits.MaxNameLength) && Fits(provider.FirstName, Limits.MaxNameLength));

    private static bool Patient(PatientInput? patient) =>
        patient is null
        || (Fits(patient.Id, Limits.MaxIdLength)
            && (patient.DateOfBirth is not { } birth || (birth >= Limits.EarliestBirthDate && birth <= Limits.LatestDate))
            && Fits(patient.Sex, Limits.MaxShortTextLength) && Fits(patient.LastName, Limits.MaxNameLength)
            && Fits(patient.FirstName, Limits.MaxNameLength) && Fits(patient.MemberId, Limits.MaxIdLength)
            && Address(patient.Address));

    private static bool Address(AddressInput? address) =>
        address is null
        || (Fits(address.Line1, Limits.MaxNameLength) && Fits(address.Line2, Limits.MaxNameLength)
            && Fits(address.City, Limits.MaxNameLength) && Fits(address.State, Limits.MaxShortTextLength)
            && Fits(address.PostalCode, Limits.MaxShortTextLength));
}
