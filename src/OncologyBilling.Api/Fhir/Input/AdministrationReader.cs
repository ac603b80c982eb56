using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// MedicationAdministration resources to the contract's administrations, in Bundle order, each field traced to its
/// element. Administrations recorded as not done or entered in error were not given and are left out.
/// </summary>
internal static class AdministrationReader
{
    public const string AllAdministrations = "Bundle.entry.resource.ofType(MedicationAdministration)";

    private static readonly HashSet<MedicationAdministration.MedicationAdministrationStatusCodes> NotGiven =
        [MedicationAdministration.MedicationAdministrationStatusCodes.NotDone, MedicationAdministration.MedicationAdministrationStatusCodes.EnteredInError];

    public static List<AdministrationInput?> Read(MappingState state)
    {
        state.Trace.Add("administrations", AllAdministrations);
        var given = state.Bundle.OfType<MedicationAdministration>().Where(a => a.Resource.Status is not { } s || !NotGiven.Contains(s));
        return [.. given.Select((a, i) => Read(state, a.Resource, a.Path, $"administrations[{i}]"))];
    }

    private static AdministrationInput Read(MappingState state, MedicationAdministration resource, string path, string at)
    {
        state.Trace.Add(at, path);
        var (startPath, endPath) = resource.Effective is FhirDateTime
            ? ($"{path}.effectiveDateTime", $"{path}.effectivePeriod.end")
            : ($"{path}.effectivePeriod.start", $"{path}.effectivePeriod.end");
        state.Trace.Add($"{at}.start", startPath);
        state.Trace.Add($"{at}.end", endPath);
        var (start, end) = resource.Effective switch
        {
            FhirDateTime instant => (FhirDates.Instant(state, instant.Value, startPath), null),
            Period period => (FhirDates.Instant(state, period.Start, startPath), FhirDates.Instant(state, period.End, endPath)),
            _ => ((DateTimeOffset?)null, (DateTimeOffset?)null),
        };
        var dosage = resource.Dosage;
        var dosagePath = $"{path}.dosage";
        state.Trace.Add($"{at}.dose", $"{dosagePath}.dose");
        state.Trace.Add($"{at}.accessSite", $"{dosagePath}.site");
        return new AdministrationInput
        {
            Id = resource.Id,
            Drug = DrugReader.Read(state, resource, path, $"{at}.drug"),
            Route = RouteReader.Read(state, dosage, dosagePath, $"{at}.route", end is not null),
            Start = start,
            End = end,
            Dose = dosage?.Dose is { } dose ? Quantities.Read(state, dose, $"{dosagePath}.dose", $"{at}.dose") : null,
            Vials = DocumentationExtensions.Vials(state, resource, path, $"{at}.vials"),
            Wasted = DocumentationExtensions.Quantity(state, resource, FhirSystems.WastedExtension, path, $"{at}.wasted"),
            AccessSite = dosage?.Site is { } site ? site.Coding.FirstOrDefault()?.Code ?? site.Text : null,
            Pump = DocumentationExtensions.Boolean(state, resource, FhirSystems.PumpExtension, path, $"{at}.pump"),
            Bag = DocumentationExtensions.String(state, resource, FhirSystems.BagExtension, path, $"{at}.bag"),
            Acquired340B = DocumentationExtensions.Boolean(state, resource, FhirSystems.Acquired340BExtension, path, $"{at}.acquired340B"),
        };
    }
}
