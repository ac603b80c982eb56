using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>Loads the Medicare Part B ASP payment limit file (CMS CSV, preamble removed); the name carries the quarter (2026q1).</summary>
public static class AspPaymentLimitFile
{
    public static TableFile<AspLimitRow> Load(ReferenceSource source)
    {
        var from = ReleaseNames.Quarter(source);
        var rows = ReleaseNames.Read(source, Read);
        return new("asp-limits", $"ASP {ReleaseNames.Month(from)}", source.Name, from, from.AddMonths(3).AddDays(-1), rows);
    }

    public static IReadOnlyList<AspLimitRow> Read(TextReader reader)
    {
        var csv = CsvTable.Read(reader);
        return csv.Rows("HCPCS Code", r =>
        {
            var code = csv.Cell(r, "HCPCS Code");
            return new AspLimitRow
            {
                Hcpcs = code,
                Dosage = csv.Cell(r, "HCPCS Code Dosage"),
                PaymentLimit = RateFileValues.Money(csv.Cell(r, "Payment Limit")),
                CoinsurancePercent = RateFileValues.Required(csv.Cell(r, "Co-insurance Percentage"), "Co-insurance Percentage", code),
            };
        });
    }
}
