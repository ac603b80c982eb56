namespace OncologyBilling.ReferenceData.Rates;

/// <summary>Loads OPPS Addendum B (CMS web CSV, preamble removed): one row per HCPCS code.</summary>
public static class OppsAddendumBFile
{
    public static IReadOnlyList<OppsRateRow> Read(TextReader reader)
    {
        var csv = CsvTable.Read(reader);
        return [.. csv.Records
            .Where(r => csv.Cell(r, "HCPCS Code").Length > 0)
            .Select(r => new OppsRateRow
            {
                Hcpcs = csv.Cell(r, "HCPCS Code"),
                StatusIndicator = csv.Cell(r, "SI"),
                Apc = csv.Cell(r, "APC") is { Length: > 0 } apc ? apc : null,
                PaymentRate = RateFileValues.Money(csv.Cell(r, "Payment Rate")),
                NationalUnadjustedCopayment = RateFileValues.Money(csv.Cell(r, "National Unadjusted Copayment")),
                MinimumUnadjustedCopayment = RateFileValues.Money(csv.Cell(r, "Minimum Unadjusted Copayment")),
                AdjustedBeneficiaryCopayment = RateFileValues.Money(csv.Cell(r, "Adjusted Beneficiary Copayment")),
            })];
    }
}
