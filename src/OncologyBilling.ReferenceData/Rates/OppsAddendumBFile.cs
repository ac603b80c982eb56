using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>Loads OPPS Addendum B (CMS web CSV, preamble removed): one row per HCPCS code; the name carries the quarter (2025oct).</summary>
public static class OppsAddendumBFile
{
    public static TableFile<OppsRateRow> Load(ReferenceSource source)
    {
        var from = ReleaseNames.Quarter(source);
        var rows = ReleaseNames.Read(source, Read);
        return new("opps-rates", $"CY{from.Year} Addendum B {ReleaseNames.Month(from)}", source.Name, from, from.AddMonths(3).AddDays(-1), rows);
    }

    public static IReadOnlyList<OppsRateRow> Read(TextReader reader)
    {
        var csv = CsvTable.Read(reader);
        return csv.Rows("HCPCS Code", r => new OppsRateRow
        {
            Hcpcs = csv.Cell(r, "HCPCS Code"),
            StatusIndicator = csv.Cell(r, "SI"),
            Apc = csv.Cell(r, "APC") is { Length: > 0 } apc ? apc : null,
            PaymentRate = RateFileValues.Money(csv.Cell(r, "Payment Rate")),
            NationalUnadjustedCopayment = RateFileValues.Money(csv.Cell(r, "National Unadjusted Copayment")),
            MinimumUnadjustedCopayment = RateFileValues.Money(csv.Cell(r, "Minimum Unadjusted Copayment")),
            AdjustedBeneficiaryCopayment = RateFileValues.Money(csv.Cell(r, "Adjusted Beneficiary Copayment")),
        });
    }
}
