using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.UnitTests.Builders;

/// <summary>The shipped tables and release files, loaded once for all tests (no fakes: the tables are part of what is tested).</summary>
internal static class ReferenceDataFixture
{
    private static readonly Lazy<ReferenceDataSet> Loaded = new(() => ReferenceDataSet.Shipped);

    public static ReferenceDataSet Data => Loaded.Value;
}
