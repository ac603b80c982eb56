using System.Text.RegularExpressions;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// The <see cref="Formats"/> patterns compiled once by the regex source generator, for the fast check. The same
/// pattern text with the same (default) options as the validators' <c>Matches</c>, so both accept exactly the same
/// strings; matching allocates nothing.
/// </summary>
internal static partial class RequestPatterns
{
    [GeneratedRegex(Formats.Icd10Cm)]
    public static partial Regex Icd10Cm();

    [GeneratedRegex(Formats.Hcpcs)]
    public static partial Regex Hcpcs();

    [GeneratedRegex(Formats.ServiceCode)]
    public static partial Regex ServiceCode();

    [GeneratedRegex(Formats.Modifier)]
    public static partial Regex Modifier();

    [GeneratedRegex(Formats.EncounterId)]
    public static partial Regex EncounterId();

    [GeneratedRegex(Formats.Ndc)]
    public static partial Regex Ndc();
}
