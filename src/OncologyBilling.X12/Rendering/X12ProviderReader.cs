namespace OncologyBilling.X12.Rendering;

/// <summary>The billing provider: its NPI from the request, everything else from <c>X12:BillingProviders:{npi}</c>.</summary>
internal static class X12ProviderReader
{
    public static X12Provider? Read(X12Checks checks, X12Claim claim, X12Options options)
    {
        var npi = claim.Encounter.BillingProvider.Npi;
        if (string.IsNullOrWhiteSpace(npi))
        {
            checks.Add(claim.Paths.BillingProviderNpi, $"The billing provider NPI (2010AA NM109) is required for the 837: send {claim.Paths.BillingProviderNpi}.");
            return null;
        }

        var key = $"X12:BillingProviders:{npi}";
        if (!options.BillingProviders.TryGetValue(npi, out var p))
        {
            checks.Add(key, $"Billing provider {npi} has no 837 configuration: configure {key} (name, tax id, address, claim attestations, charges).");
            return null;
        }

        var institutional = claim.Result.ClaimType == ClaimType.Institutional;
        return new X12Provider(
            npi,
            checks.Need(p.Name, $"{key}:Name", "The billing provider name (2010AA NM103)", 60),
            checks.Digits(p.TaxId, $"{key}:TaxId", "The billing provider EIN (2010AA REF*EI)", 9),
            checks.Optional(p.TaxonomyCode, $"{key}:TaxonomyCode", "The billing provider taxonomy (PRV03)", 50),
            Address(checks, p.Address, $"{key}:Address", billing: true),
            institutional ? null : checks.OneOf(p.ProviderSignatureOnFile, $"{key}:ProviderSignatureOnFile", "CLM06 provider signature on file", "Y", "N"),
            checks.OneOf(p.AssignmentCode, $"{key}:AssignmentCode", "CLM07 assignment or plan participation", "A", "B", "C"),
            checks.OneOf(p.BenefitsAssignment, $"{key}:BenefitsAssignment", "CLM08 benefits assignment certification", "Y", "N", "W"),
            checks.OneOf(p.ReleaseOfInformation, $"{key}:ReleaseOfInformation", "CLM09 release of information", "I", "Y"),
            institutional ? checks.Need(p.AdmissionTypeCode, $"{key}:AdmissionTypeCode", "The admission type code (837I CL101)", 1) : null,
            institutional ? checks.Digits(p.PatientStatusCode, $"{key}:PatientStatusCode", "The patient status code (837I CL103)", 2) : null);
    }

    public static X12Address Address(X12Checks checks, X12AddressOptions? a, string key, bool billing)
    {
        var postal = checks.Need(a?.PostalCode, Key(key, "PostalCode"), "The ZIP code (N403)", 15);
        if (postal.Length > 0 && (!postal.All(char.IsAsciiDigit) || (billing ? postal.Length != 9 : postal.Length is not (5 or 9))))
        {
            checks.Add(Key(key, "PostalCode"), billing ? "The billing provider ZIP code must be 9 digits (ZIP+4)." : "The ZIP code must be 5 or 9 digits.");
        }

        return new X12Address(
            checks.Need(a?.Line1, Key(key, "Line1"), "The street address (N301)", 55),
            checks.Optional(a?.Line2, Key(key, "Line2"), "The second address line (N302)", 55),
            checks.Need(a?.City, Key(key, "City"), "The city (N401)", 30),
            checks.Need(a?.State, Key(key, "State"), "The state code (N402)", 2),
            postal);
    }

    // Configuration keys use ':' between levels and PascalCase; request paths '.' and camelCase.
    private static string Key(string key, string name) =>
        key.StartsWith("X12:", StringComparison.Ordinal) ? $"{key}:{name}" : $"{key}.{char.ToLowerInvariant(name[0])}{name[1..]}";
}
