using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.UnitTests.Estimate;

/// <summary>Builds numbered claim lines with obviously test-only explanations.</summary>
internal static class Lines
{
    public static NumberedLine[] Of(params (LineKind Kind, string Code, int Units, string[] Modifiers)[] lines) =>
        [.. lines.Select((l, i) => new NumberedLine(i + 1, new ClaimLine
        {
            Kind = l.Kind, Code = l.Code, Units = l.Units, Modifiers = [.. l.Modifiers], Explanation = "test line",
        }))];

    public static (LineKind, string, int, string[]) Admin(string code, int units = 1) => (LineKind.Administration, code, units, []);

    public static (LineKind, string, int, string[]) Drug(string code, int units, params string[] modifiers) => (LineKind.Drug, code, units, modifiers);

    public static (LineKind, string, int, string[]) Service(string code) => (LineKind.Service, code, 1, []);
}
