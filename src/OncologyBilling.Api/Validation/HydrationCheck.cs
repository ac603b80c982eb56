using OncologyBilling.Api.Contracts;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// Whether an administration is a hydration fluid, which may omit its dose: either the client says so
/// (category) or the drug catalog files it under hydration on the day it was given.
/// </summary>
internal sealed class HydrationCheck(IReferenceDataProvider referenceData)
{
    public bool IsHydration(AdministrationInput? administration)
    {
        if (administration is null)
        {
            return false;
        }

        if (administration.Category is { } category)
        {
            return category == DrugCategory.Hydration;
        }

        if (administration.Drug is not { } drug || administration.Start is not { } start || !referenceData.IsReady)
        {
            return false;
        }

        var day = DateOnly.FromDateTime(start.DateTime);
        var catalog = referenceData.Current.Drugs;
        var row = (drug.Hcpcs is { Length: > 0 } code ? catalog.FindByCode(code, day) : null)
            ?? (drug.Name is { Length: > 0 } name ? catalog.FindByName(name, day) : null);
        return row?.Category == DrugCategory.Hydration;
    }
}
