namespace OncologyBilling.Api.Contracts;

/// <summary>Copies a result list into an array of its contract shape: one exact-size allocation, no LINQ.</summary>
internal static class ContractLists
{
    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var mapped = new TOut[items.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(items[i]);
        }

        return mapped;
    }

    /// <summary>The codes in ordinal order: the list itself when it already is (modifiers are few and usually sorted).</summary>
    public static IReadOnlyList<string> Ordered(List<string> codes)
    {
        for (var i = 1; i < codes.Count; i++)
        {
            if (string.CompareOrdinal(codes[i - 1], codes[i]) > 0)
            {
                var sorted = codes.ToArray();
                Array.Sort(sorted, StringComparer.Ordinal);
                return sorted;
            }
        }

        return codes;
    }
}
