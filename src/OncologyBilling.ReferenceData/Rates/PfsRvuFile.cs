namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// Loads a national PFS relative value file (PPRRVU layout, with the NATIONAL NON-FACILITY / FACILITY AMOUNT
/// columns). Only global rows (no modifier) are kept: the estimate prices whole services.
/// </summary>
public static class PfsRvuFile
{
    public static IReadOnlyList<PfsRateRow> Read(TextReader reader)
    {
        var csv = CsvTable.Read(reader);
        return [.. csv.Records
            .Where(r => csv.Cell(r, "MOD").Length == 0 && csv.Cell(r, "HCPCS").Length > 0)
            .Select(r => ToRow(csv, r))];
    }

    private static PfsRateRow ToRow(CsvTable csv, List<string> r)
    {
        var code = csv.Cell(r, "HCPCS");
        decimal Number(string column) => RateFileValues.Required(csv.Cell(r, column), column, code);
        return new PfsRateRow
        {
            Hcpcs = code,
            Status = csv.Cell(r, "STATUS CODE"),
            NonFacilityTotalRvu = Number("NON-FACILITY TOTAL"),
            FacilityTotalRvu = Number("FACILITY TOTAL"),
            NonFacilityNa = csv.Cell(r, "NON-FAC NA INDICATOR") == "NA",
            FacilityNa = csv.Cell(r, "FACILITY NA INDICATOR") == "NA",
            ConversionFactor = Number("CONV FACTOR"),
            NationalNonFacilityAmount = Number("NATIONAL NON-FACILITY AMOUNT"),
            NationalFacilityAmount = Number("NATIONAL FACILITY AMOUNT"),
        };
    }
}
