namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>Shapes of the ICD-10-CM codes the diagnosis rules care about (dotted form).</summary>
public static class IcdCodes
{
    public const string Chemotherapy = "Z51.11";
    public const string Immunotherapy = "Z51.12";
    public const string NeoplasmAnemia = "D63.0";
    public const string ChemoAnemia = "D64.81";
    public const string NeoplasmPain = "G89.3";
    public const string FollowUp = "Z08";

    /// <summary>Neoplasms are C00–D49 (D3A included).</summary>
    public static bool IsNeoplasm(string code) =>
        code.Length >= 3 && (code[0] == 'C' || (code[0] == 'D' && code[1] is >= '0' and <= '4'));

    public static bool IsZ51Treatment(string code) => code is Chemotherapy or Immunotherapy;

    public static bool IsHistory(string code) => code.StartsWith("Z85", StringComparison.Ordinal);

    /// <summary>Anemias are D50–D64.</summary>
    public static bool IsAnemia(string code) => code.Length >= 3 && code[0] == 'D' && string.CompareOrdinal(code[..3], "D50") >= 0 && string.CompareOrdinal(code[..3], "D64") <= 0;

    /// <summary>Volume depletion: E86.0 dehydration, E86.1 hypovolemia, E86.9 unspecified.</summary>
    public static bool IsDehydration(string code) => code.StartsWith("E86", StringComparison.Ordinal);

    /// <summary>
    /// A T36–T50 adverse-effect code: the intent character (5th, or 6th when the 6th is not the X placeholder) is 5
    /// (T45.1X5A, T42.75XA). Checked against every T36–T50 code of the FY2026 file: exactly the titles "Adverse effect of …".
    /// </summary>
    public static bool IsAdverseEffect(string code)
    {
        var bare = code.Replace(".", string.Empty, StringComparison.Ordinal);
        if (bare.Length != 7 || bare[0] != 'T' || string.CompareOrdinal(bare[1..3], "36") < 0 || string.CompareOrdinal(bare[1..3], "50") > 0)
        {
            return false;
        }

        return (bare[5] == 'X' ? bare[4] : bare[5]) == '5';
    }

    /// <summary>Z codes and external causes (V00–Y99) say why or how, not what is treated.</summary>
    public static bool IsCondition(string code) => code.Length >= 1 && code[0] is not ('Z' or 'V' or 'W' or 'X' or 'Y') && !IsAdverseEffect(code);
}
