namespace OncologyBilling.X12.Rendering;

/// <summary>Loop 2400 values per claim line: charge from the charge master, modifiers, pointers, revenue code and drug identification.</summary>
internal static class X12LineBuilder
{
    public static IReadOnlyList<X12Line> Build(X12Checks checks, X12Claim claim, X12Options options)
    {
        var result = claim.Result;
        if (result.Lines.Count == 0)
        {
            checks.Add("lines", "The scrubbed claim has no lines, so there is nothing to bill.");
            return [];
        }

        var npi = claim.Encounter.BillingProvider.Npi ?? string.Empty;
        var charges = options.BillingProviders.GetValueOrDefault(npi)?.Charges;
        var institutional = result.ClaimType == ClaimType.Institutional;
        var lines = new List<X12Line>(result.Lines.Count);
        foreach (var (number, line) in result.Lines)
        {
            var charge = 0m;
            if (charges is not null && !charges.TryGetValue(line.Code, out charge))
            {
                checks.Add($"X12:BillingProviders:{npi}:Charges:{line.Code}", $"Line {number}: no charge for {line.Code} in the billing provider's charge master; configure X12:BillingProviders:{npi}:Charges:{line.Code} (charge per unit).");
            }

            if (line.Modifiers.Count > 4)
            {
                checks.Add($"lines[{number - 1}].modifiers", $"Line {number} has {line.Modifiers.Count} modifiers; an 837 service line carries at most 4.");
            }

            if (!institutional && line.DiagnosisPointers.Count is 0 or > 4)
            {
                checks.Add($"lines[{number - 1}].diagnosisPointers", $"Line {number} has {line.DiagnosisPointers.Count} diagnosis pointers; SV107 needs 1 to 4.");
            }

            if (institutional && line.RevenueCode is null)
            {
                checks.Add($"lines[{number - 1}].revenueCode", $"Line {number}: the revenue-code table has no revenue code for {line.Code}, and 837I SV201 requires one.");
            }

            lines.Add(new X12Line(number, line.Code, [.. line.Modifiers.Order(StringComparer.Ordinal)], line.Units, charge * line.Units,
                line.DiagnosisPointers, line.ServiceDate ?? result.DateOfService, line.RevenueCode,
                line.Ndc is null ? null : NdcQuantity.Of(checks, line, number, claim.Encounter, claim.Paths.Administrations)));
        }

        return lines;
    }
}
