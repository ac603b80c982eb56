using System.Collections.Concurrent;
using OncologyBilling.ReferenceData;

namespace OncologyBilling.Api.Contracts;

/// <summary>
/// The reference-data tables of a response, mapped once per data set and date of service: every claim of a day
/// repeats the same nineteen entries. A cached entry is reused only when its tables equal the result's, element by
/// element (records compare by value), so a reloaded data set is never reported with another's versions.
/// </summary>
internal static class TableOutputs
{
    private const int MaxDates = 64;

    private static readonly ConcurrentDictionary<DateOnly, (TableVersion[] Source, TableOutput[] Mapped)> Cache = new();

    public static IReadOnlyList<TableOutput> For(IReadOnlyList<TableVersion> tables, DateOnly dateOfService)
    {
        if (Cache.TryGetValue(dateOfService, out var cached) && SameTables(cached.Source, tables))
        {
            return cached.Mapped;
        }

        var source = tables.ToArray();
        var mapped = new TableOutput[source.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            var t = source[i];
            mapped[i] = new TableOutput
            {
                Table = t.Table, Version = t.Version, Source = t.Source, EffectiveFrom = t.EffectiveFrom, EffectiveTo = t.EffectiveTo,
                CoversDateOfService = t.Covers(dateOfService),
            };
        }

        if (Cache.Count >= MaxDates)
        {
            Cache.Clear();
        }

        Cache[dateOfService] = (source, mapped);
        return mapped;
    }

    private static bool SameTables(TableVersion[] cached, IReadOnlyList<TableVersion> tables)
    {
        if (cached.Length != tables.Count)
        {
            return false;
        }

        for (var i = 0; i < cached.Length; i++)
        {
            if (!ReferenceEquals(cached[i], tables[i]) && !cached[i].Equals(tables[i]))
            {
                return false;
            }
        }

        return true;
    }
}
