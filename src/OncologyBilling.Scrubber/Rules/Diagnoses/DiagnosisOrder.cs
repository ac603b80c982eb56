namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>Stable reordering helpers over the claim's diagnosis list.</summary>
internal static class DiagnosisOrder
{
    /// <summary>Codes matching the first group, then the second, …, then the rest; each group keeps the order sent.</summary>
    public static void Arrange(List<string> diagnoses, params Func<string, bool>[] groups)
    {
        var rest = new List<string>(diagnoses);
        var ordered = new List<string>(diagnoses.Count);
        foreach (var group in groups)
        {
            ordered.AddRange(rest.Where(group));
            rest.RemoveAll(c => group(c));
        }

        diagnoses.Clear();
        diagnoses.AddRange([.. ordered, .. rest]);
    }

    /// <summary>Moves the code at <paramref name="from"/> to <paramref name="to"/> (to ≤ from).</summary>
    public static void MoveBefore(List<string> diagnoses, int from, int to)
    {
        var code = diagnoses[from];
        diagnoses.RemoveAt(from);
        diagnoses.Insert(to, code);
    }

    public static string List(IEnumerable<string> codes) => string.Join(", ", codes);
}
