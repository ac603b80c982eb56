namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>Shapes of the ICD-10-CM codes the diagnosis rules care about (dotted form).</summary>
public static class IcdCodes
{
    public const string Chemotherapy = "Z51.11";
    public const string Immunotherapy = "Z51.12";

    /// <summary>Neoplasms are C00–D49 (D3A included).</summary>
    public static bool IsNeoplasm(string code) =>
        code.Length >= 3 && (code[0] == 'C' || (code[0] == 'D' && code[1] is >= '0' and <= '4'));

    public static bool IsZ51Treatment(string code) => code is Chemotherapy or Immunotherapy;

    public static bool IsHistory(string code) => code.StartsWith("Z85", StringComparison.Ordinal);
}
