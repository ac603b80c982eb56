using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// The fast check of the lists: administrations (AdministrationInputValidator with its drug, quantity and vial
/// validators), services and prior authorizations. Each method mirrors the rules of the validator it names.
/// </summary>
internal sealed class FastAdministrationCheck(HydrationCheck hydration)
{
    public bool All(IReadOnlyList<AdministrationInput?>? administrations)
    {
        if (administrations is null)
        {
            return true;
        }

        if (administrations.Count > Limits.MaxAdministrations)
        {
            return false;
        }

        foreach (var administration in administrations)
        {
            if (administration is null || !Administration(administration))
            {
                return false;
            }
        }

        return true;
    }

    private bool Administration(AdministrationInput a)
    {
        if (!FastRequestCheck.Fits(a.Id, Limits.MaxIdLength) || a.Drug is not { } drug || !Drug(drug) || a.Route is null
            || a.Start is not { } start || !Limits.IsInRange(start)
            || (a.End is null && a.Route == AdministrationRoute.IvInfusion))
        {
            return false;
        }

        if (a.End is { } end
            && !(Limits.IsInRange(end) && end > start && end - start <= Limits.MaxAdministrationDuration
                && (a.Pump == true || end - start <= Limits.MaxNonPumpAdministrationDuration)))
        {
            return false;
        }

        return (a.Dose is null ? hydration.IsHydration(a) : Quantity(a.Dose, allowZero: false))
            && Vials(a.Vials)
            && (a.Wasted is null || Quantity(a.Wasted, allowZero: true))
            && Amounts.WastedFitsInVials(a)
            && FastRequestCheck.Fits(a.AccessSite, Limits.MaxIdLength)
            && (a.SeparateSiteRequired != true
                || (!string.IsNullOrWhiteSpace(a.AccessSite) && a.Route is AdministrationRoute.IvInfusion or AdministrationRoute.IvPush))
            && FastRequestCheck.Fits(a.Bag, Limits.MaxIdLength);
    }

    /// <summary>DrugInputValidator.</summary>
    private static bool Drug(DrugInput drug) =>
        (!string.IsNullOrWhiteSpace(drug.Hcpcs) || !string.IsNullOrWhiteSpace(drug.Name))
        && (drug.Hcpcs is null || RequestPatterns.Hcpcs().IsMatch(drug.Hcpcs))
        && FastRequestCheck.Fits(drug.Name, Limits.MaxNameLength)
        && (drug.Ndc is null || RequestPatterns.Ndc().IsMatch(drug.Ndc));

    /// <summary>QuantityInputValidator: an amount (positive, or not negative for a waste) up to the limit, and a unit.</summary>
    private static bool Quantity(QuantityInput quantity, bool allowZero) =>
        quantity.Amount is { } amount && (allowZero ? amount >= 0 : amount > 0) && amount <= Limits.MaxAmount && quantity.Unit is not null;

    /// <summary>At most MaxVialEntries entries, each an object with a size and a count of 1 to MaxVialCount (VialInputValidator).</summary>
    private static bool Vials(IReadOnlyList<VialInput?>? vials)
    {
        if (vials is null)
        {
            return true;
        }

        if (vials.Count > Limits.MaxVialEntries)
        {
            return false;
        }

        foreach (var vial in vials)
        {
            if (vial is not { Size: { } size, Count: >= 1 and <= Limits.MaxVialCount } || !Quantity(size, allowZero: false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>ServiceInputValidator over the list.</summary>
    public static bool Services(IReadOnlyList<ServiceInput?>? services)
    {
        if (services is null)
        {
            return true;
        }

        if (services.Count > Limits.MaxServices)
        {
            return false;
        }

        foreach (var service in services)
        {
            if (service is null || !FastRequestCheck.IsCode(service.Code, RequestPatterns.ServiceCode())
                || !Codes(service.Modifiers, Limits.MaxModifiers, RequestPatterns.Modifier())
                || service.Minutes is < 0 or > Limits.MaxServiceMinutes)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>PriorAuthorizationInputValidator over the list.</summary>
    public static bool PriorAuthorizations(IReadOnlyList<PriorAuthorizationInput?>? authorizations)
    {
        if (authorizations is null)
        {
            return true;
        }

        if (authorizations.Count > Limits.MaxPriorAuthorizations)
        {
            return false;
        }

        foreach (var authorization in authorizations)
        {
            if (authorization is null || string.IsNullOrWhiteSpace(authorization.Number)
                || authorization.Number.Length > Limits.MaxIdLength
                || !Codes(authorization.Hcpcs, Limits.MaxCodesPerAuthorization, RequestPatterns.ServiceCode()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An optional list of at most <paramref name="maximum"/> codes, each present and of the shape.</summary>
    private static bool Codes(IReadOnlyList<string?>? codes, int maximum, System.Text.RegularExpressions.Regex shape)
    {
        if (codes is null)
        {
            return true;
        }

        if (codes.Count > maximum)
        {
            return false;
        }

        foreach (var code in codes)
        {
            if (!FastRequestCheck.IsCode(code, shape))
            {
                return false;
            }
        }

        return true;
    }
}
