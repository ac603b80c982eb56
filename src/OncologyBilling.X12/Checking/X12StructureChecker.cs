using System.Globalization;

namespace OncologyBilling.X12.Checking;

/// <summary>
/// A structural check of an 837 interchange: separators from ISA, ISA13 = IEA02, GS06 = GE02, ST02 = SE02, SE01 = the
/// segments from ST to SE, GE01/IEA01 counts, HL numbering and parents, and the loop order of <see cref="X12LoopOrder"/>.
/// It checks what this renderer writes; it is not a full implementation-guide validator.
/// </summary>
public static class X12StructureChecker
{
    public static IReadOnlyList<string> Check(string interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var problems = new List<string>();
        if (interchange.Length < 106 || !interchange.StartsWith("ISA", StringComparison.Ordinal))
        {
            return ["The interchange does not start with a 106-character ISA segment."];
        }

        var element = interchange[3];
        var component = interchange[104];
        var terminator = interchange[105];
        var segments = interchange.Split(terminator, StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim('\r', '\n').Split(element)).ToList();
        if (segments[0].Length != 17 || segments[0][16] != component.ToString())
        {
            problems.Add("ISA must have 16 elements with ISA16 the component separator.");
        }

        Envelope(segments, problems);
        problems.AddRange(X12LoopOrder.Check([.. segments.Select(s => s[0])], segments));
        return problems;
    }

    private static void Envelope(List<string[]> segments, List<string> problems)
    {
        var isa = segments[0];
        var iea = segments[^1];
        Expect(problems, iea[0] == "IEA", "The last segment must be IEA.");
        Expect(problems, iea.Length > 2 && iea[2] == isa[13], "IEA02 must equal ISA13.");
        Expect(problems, iea.Length > 1 && iea[1] == Count(segments, "GS"), "IEA01 must count the GS segments.");
        string[]? gs = null;
        string[]? st = null;
        var stIndex = 0;
        var transactions = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            switch (s[0])
            {
                case "GS":
                    (gs, transactions) = (s, 0);
                    break;
                case "ST":
                    (st, stIndex) = (s, i);
                    transactions++;
                    Expect(problems, gs is not null && s.Length > 3 && s[3] == gs[8], "ST03 must equal GS08.");
                    break;
                case "SE":
                    Expect(problems, st is not null && s.Length > 2 && s[2] == st[2], "SE02 must equal ST02.");
                    Expect(problems, s.Length > 1 && s[1] == (i - stIndex + 1).ToString(CultureInfo.InvariantCulture),
                        $"SE01 is {(s.Length > 1 ? s[1] : "missing")}, but the transaction has {i - stIndex + 1} segments from ST to SE.");
                    st = null;
                    break;
                case "GE":
                    Expect(problems, gs is not null && s.Length > 2 && s[2] == gs[6], "GE02 must equal GS06.");
                    Expect(problems, s.Length > 1 && s[1] == transactions.ToString(CultureInfo.InvariantCulture), "GE01 must count the ST segments.");
                    gs = null;
                    break;
            }
        }
    }

    private static string Count(List<string[]> segments, string id) =>
        segments.Count(s => s[0] == id).ToString(CultureInfo.InvariantCulture);

    private static void Expect(List<string> problems, bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
