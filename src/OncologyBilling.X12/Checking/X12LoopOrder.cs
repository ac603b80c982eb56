using System.Globalization;
using System.Text.RegularExpressions;

namespace OncologyBilling.X12.Checking;

/// <summary>
/// The segment order this renderer writes for 837P and 837I, as a pattern over segment ids and qualifiers, plus HL
/// numbering (HL01 sequential, HL02 the parent) and LX numbering (1, 2, …).
/// </summary>
public static partial class X12LoopOrder
{
    public static IReadOnlyList<string> Check(IReadOnlyList<string> ids, IReadOnlyList<string[]> segments)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(segments);
        var problems = new List<string>();
        // One token per segment: the id, with NM1/HL/DTP qualified (NM1*85 → NM1-85), so the pattern can name loops.
        var tokens = string.Join(' ', segments.Select(Token));
        var professional = segments.Any(s => s[0] == "ST" && s.Length > 3 && s[3].StartsWith("005010X222", StringComparison.Ordinal));
        var pattern = professional ? Professional() : Institutional();
        if (!pattern.IsMatch(tokens))
        {
            problems.Add($"The segments are not in {(professional ? "837P" : "837I")} loop order: {tokens}");
        }

        var hl = segments.Where(s => s[0] == "HL").ToList();
        for (var i = 0; i < hl.Count; i++)
        {
            if (hl[i][1] != (i + 1).ToString(CultureInfo.InvariantCulture) || (i > 0 && hl[i][2] != hl[i - 1][1]) || (i == 0 && hl[i][2].Length != 0))
            {
                problems.Add($"HL {i + 1}: HL01 must number the levels from 1 and HL02 name the parent level.");
            }
        }

        var lx = segments.Where(s => s[0] == "LX").Select(s => s[1]).ToList();
        if (!lx.SequenceEqual(Enumerable.Range(1, lx.Count).Select(n => n.ToString(CultureInfo.InvariantCulture))))
        {
            problems.Add("LX01 must number the service lines 1, 2, … in order.");
        }

        return problems;
    }

    private static string Token(string[] s) => s[0] is "NM1" or "HL" or "DTP" && s.Length > 1 ? $"{s[0]}-{(s[0] == "HL" ? s[3] : s[1])}" : s[0];

    // Header, 1000A, 1000B, 2000A/2010AA, 2000B/2010BA/2010BB, 2300 (2310B), 2400 (+2410), trailer.
    [GeneratedRegex(@"^ISA GS ST BHT NM1-41 PER NM1-40 HL-20 (PRV )?NM1-85 N3 N4 REF HL-22 SBR NM1-IL N3 N4 DMG NM1-PR CLM HI (NM1-82 )?(LX SV1 DTP-472 (LIN CTP )?)+SE GE IEA$")]
    private static partial Regex Professional();

    // 2300 with DTP*434, CL1, HI principal then HI others, 2310A attending, 2400 with SV2.
    [GeneratedRegex(@"^ISA GS ST BHT NM1-41 PER NM1-40 HL-20 (PRV )?NM1-85 N3 N4 REF HL-22 SBR NM1-IL N3 N4 DMG NM1-PR CLM DTP-434 CL1 HI (HI )?NM1-71 (LX SV2 DTP-472 (LIN CTP )?)+SE GE IEA$")]
    private static partial Regex Institutional();
}
