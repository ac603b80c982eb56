using System.Text;

namespace OncologyBilling.ReferenceData.Drugs;

/// <summary>
/// How a drug name sent by an EHR is compared with the catalog: any case, punctuation and spacing ignored, and common
/// salt words ("hydrochloride", "HCl", "sodium", "calcium", ...) optional. Distance is Levenshtein on those keys, used
/// only to suggest names, never to pick one.
/// </summary>
public static class DrugNames
{
    private static readonly HashSet<string> Salts = new(StringComparer.Ordinal)
    {
        "hydrochloride", "hcl", "dihydrochloride", "sodium", "disodium", "calcium", "potassium", "sulfate", "sulphate",
        "mesylate", "acetate", "citrate", "phosphate", "succinate", "tartrate", "maleate", "besylate", "bromide", "lactate",
    };

    /// <summary>Lower case, letters and digits only, single spaces: "Gemcitabine  HCl." → "gemcitabine hcl".</summary>
    public static string Key(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The key without salt words; the key itself when nothing else is left ("sodium chloride" stays whole).</summary>
    public static string SaltFree(string name)
    {
        var words = Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !Salts.Contains(w)).ToArray();
        return kept.Length == 0 ? string.Join(' ', words) : string.Join(' ', kept);
    }

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
