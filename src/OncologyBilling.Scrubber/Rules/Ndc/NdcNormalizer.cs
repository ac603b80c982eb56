using System.Text.RegularExpressions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Rules.Ndc;

/// <summary>
/// Converts an NDC to 11 digits (5-4-2) by its hyphenated shape: 4-4-2 pads the labeler (NDC-01), 5-3-2 the product
/// (NDC-02), 5-4-1 the package (NDC-03). Ten digits without hyphens cannot be padded unambiguously (NDC-04).
/// </summary>
public static partial class NdcNormalizer
{
    [GeneratedRegex(@"^(\d{4,5})-(\d{3,4})-(\d{1,2})$")]
    private static partial Regex Hyphenated();

    public static NdcResult Normalize(string raw)
    {
        var text = raw.Trim();
        if (text.Length == 11 && text.All(char.IsAsciiDigit))
        {
            return new NdcResult(text, NdcRules.Ndc05);
        }

        var m = Hyphenated().Match(text);
        var (labeler, product, package) = m.Success ? (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : (string.Empty, string.Empty, string.Empty);
        RuleDefinition? rule = (labeler.Length, product.Length, package.Length) switch
        {
            (4, 4, 2) => NdcRules.Ndc01,
            (5, 3, 2) => NdcRules.Ndc02,
            (5, 4, 1) => NdcRules.Ndc03,
            (5, 4, 2) => NdcRules.Ndc05,
            _ => null,
        };
        return rule is null
            ? new NdcResult(null, NdcRules.Ndc04)
            : new NdcResult($"{labeler.PadLeft(5, '0')}{product.PadLeft(4, '0')}{package.PadLeft(2, '0')}", rule);
    }
}
