namespace OncologyBilling.ReferenceData.Rates;

/// <summary>Loads the Medicare Part B ASP payment limit file (CMS CSV, preamble removed).</summary>
public static class AspPaymentLimitFile
{
    public static IReadOnlyList<AspLimitRow> Read(TextReader reader)
    {
        var csv = CsvTable.Read(reader);
        return [.. csv.Records
            .Where(r => csv.Cell(r, "HCPCS Code").Length > 0)
            .Select(r =>
            {
                var code = csv.Cell(r, "HCPCS Code");
                return new AspLimitRow
                {
                    Hcpcs = code,
                    Dosage = csv.Cell(r, "HCPCS Code Dosage"),
                    PaymentLimit = RateFileValues.Money(csv.Cell(r, "Payment Limit")),
                    CoinsurancePercent = RateFileValues.Required(csv.Cell(r, "Co-insurance Percentage"), "Co-insurance Percentage", code),
                };
            })];
    }
}
