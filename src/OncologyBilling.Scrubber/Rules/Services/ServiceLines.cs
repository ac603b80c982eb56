using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Messages;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Services;

/// <summary>Builds service lines and answers the questions the E/M and ACP rules ask of a claim.</summary>
internal static class ServiceLines
{
    /// <summary>A service line explained by <paramref name="rule"/> and its facts.</summary>
    public static ClaimLine From(ServiceItem item, string code, int units, IEnumerable<string> modifiers, RuleDefinition rule, Facts facts) =>
        New(item, code, units, modifiers).Because(rule, facts);

    /// <summary>A service line billed as sent, which no rule shaped.</summary>
    public static ClaimLine PassedThrough(ServiceItem item)
    {
        var line = New(item, item.Code, 1, item.Modifiers);
        line.Explanation = MessageCatalog.PassedThrough(item.Code);
        return line;
    }

    /// <summary>Drug administration codes 96360–96549 on the claim.</summary>
    public static bool HasDrugAdministration(IEnumerable<ClaimLine> lines) =>
        lines.Any(l => l.Kind == LineKind.Administration && int.TryParse(l.Code, out var c) && c is >= 96360 and <= 96549);

    public static bool IsOfficeEm(string code) => int.TryParse(code, out var c) && c is >= 99202 and <= 99215 && c != 99210;

    private static ClaimLine New(ServiceItem item, string code, int units, IEnumerable<string> modifiers) => new()
    {
        Kind = LineKind.Service,
        Code = code,
        Units = units,
        Modifiers = [.. modifiers.Distinct(StringComparer.Ordinal)],
        Minutes = item.Minutes,
        AdministrationIds = [item.Path],
    };
}
