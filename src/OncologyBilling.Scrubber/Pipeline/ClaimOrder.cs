using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// The one claim-order policy: administration lines, then drug lines, then service lines; within administration and
/// drug lines chemotherapy, then therapeutic, then hydration; then the line's place (<see cref="ClaimLine.SortKey"/>):
/// per access group the initial service, its hours, then add-ons in hierarchy order, each followed by its own hours;
/// each drug line followed by its JW line; an add-on service after the services it adds to; then the order the stages
/// added the lines. Stages ask this class for a line's place; the assembler sorts with <see cref="Compare"/>.
/// </summary>
public static class ClaimOrder
{
    private const int GroupSpan = 1000;

    /// <summary>The initial service of its group.</summary>
    public const int Initial = 0;

    /// <summary>The initial service's additional hours.</summary>
    public const int InitialHours = 1;

    /// <summary>An add-on administration code: the hierarchy order, in tens so that its own hours (+1) follow it.</summary>
    public static int AddOn(string code) => code switch
    {
        "96417" => 20,
        "96416" => 30,
        "96411" => 40,
        "96401" => 50,
        "96402" => 60,
        "96367" => 70,
        "96368" => 80,
        "96375" => 90,
        "96376" => 100,
        "96372" => 110,
        "96377" => 120,
        _ => 130,
    };

    public static int AddOnHours(string code) => AddOn(code) + 1;

    /// <summary>An administration line of access group <paramref name="group"/> at <paramref name="place"/> within it.</summary>
    public static int Administration(int group, int place) => (group * GroupSpan) + place;

    /// <summary>The <paramref name="ordinal"/>-th drug line built, or the JW line right after it.</summary>
    public static int Drug(int ordinal, bool waste = false) => (ordinal * 2) + (waste ? 1 : 0);

    /// <summary>A service line; an add-on service (99498) after every service it may add to.</summary>
    public static int Service(bool addOn = false) => addOn ? 1 : 0;

    /// <summary>Adds a line a stage built among the lines it added since <paramref name="from"/>, after those of equal place.</summary>
    public static void Insert(List<ClaimLine> lines, int from, ClaimLine line)
    {
        var at = lines.Count;
        while (at > from && lines[at - 1].SortKey > line.SortKey)
        {
            at--;
        }

        lines.Insert(at, line);
    }

    /// <summary>Kind, then category rank (not for services), then place; ties keep the order the stages added them.</summary>
    public static int Compare(ClaimLine x, int xAdded, ClaimLine y, int yAdded)
    {
        var byKind = x.Kind.CompareTo(y.Kind);
        var byRank = byKind != 0 ? byKind : RankOf(x).CompareTo(RankOf(y));
        var byPlace = byRank != 0 ? byRank : x.SortKey.CompareTo(y.SortKey);
        return byPlace != 0 ? byPlace : xAdded.CompareTo(yAdded);
    }

    private static int RankOf(ClaimLine line) => line.Kind == LineKind.Service ? 0 : line.Category switch
    {
        DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic => 0,
        DrugCategory.Therapeutic => 1,
        DrugCategory.Hydration => 2,
        _ => 3,
    };
}
