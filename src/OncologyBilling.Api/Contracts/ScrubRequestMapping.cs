namespace OncologyBilling.Api.Contracts;

/// <summary>Turns a validated request into the scrubber's encounter, normalising codes.</summary>
internal static class ScrubRequestMapping
{
    public static Encounter ToEncounter(this ScrubRequest request)
    {
        var administrations = (request.Administrations ?? []).Select((a, i) => a!.ToAdministration(i)).ToArray();
        return new Encounter
        {
            EncounterId = request.EncounterId!,
            Setting = request.Setting!.Value,
            DateOfService = request.DateOfService ?? DefaultDateOfService(administrations),
            Payer = new Payer(request.Payer?.Type ?? PayerType.Medicare, request.Payer?.Id),
            BillingProvider = new BillingProvider(request.BillingProvider?.Npi, request.BillingProvider?.Is340BCoveredEntity ?? false),
            Diagnoses = [.. request.Diagnoses!.Select(d => IcdCode.Normalize(d!))],
            Administrations = administrations,
            Services = [.. (request.Services ?? []).Select((s, i) => new ServiceItem(i, s!.Code!.Trim().ToUpperInvariant(), [.. (s.Modifiers ?? []).Select(m => m!.Trim().ToUpperInvariant())], s.Minutes))],
            PriorAuthorizations = [.. (request.PriorAuthorizations ?? []).Select(p => new PriorAuthorization(p!.Number!, [.. (p.Hcpcs ?? []).Select(h => h!)]))],
            IncludeEstimate = request.Estimate ?? true,
            Reason = request.EncounterReason,
        };
    }

    private static Administration ToAdministration(this AdministrationInput input, int index) => new()
    {
        Index = index,
        Id = input.Id,
        Drug = new DrugReference(input.Drug!.Hcpcs?.Trim().ToUpperInvariant(), input.Drug.Name?.Trim(), input.Drug.Ndc?.Trim()),
        Route = input.Route!.Value,
        Category = input.Category,
        Start = input.Start!.Value,
        End = input.End,
        Dose = input.Dose.ToQuantity(),
        Vials = [.. (input.Vials ?? []).Select(v => new VialUse(v!.Size.ToQuantity()!, v.Count!.Value, v.SingleDose ?? false))],
        Wasted = input.Wasted.ToQuantity(),
        AccessSite = input.AccessSite,
        SeparateSiteRequired = input.SeparateSiteRequired ?? false,
        Pump = input.Pump ?? false,
        Bag = input.Bag,
        Acquired340B = input.Acquired340B ?? false,
    };

    private static Quantity? ToQuantity(this QuantityInput? input) =>
        input is null ? null : new Quantity(input.Amount!.Value, input.Unit!.Value);

    private static DateOnly DefaultDateOfService(Administration[] administrations) =>
        administrations.Length == 0
            ? throw new InvalidOperationException("The validator requires dateOfService when there are no administrations.")
            : DateOnly.FromDateTime(administrations.MinBy(a => a.Start)!.Start.DateTime);
}
