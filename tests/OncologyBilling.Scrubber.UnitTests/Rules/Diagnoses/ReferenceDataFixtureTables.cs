using OncologyBilling.ReferenceData.Sequencing;
using OncologyBilling.Scrubber.UnitTests.Builders;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses;

internal static class ReferenceDataFixtureTables
{
    public static IEnumerable<ManifestationRow> Manifestations => ReferenceDataFixture.Data.Sequencing.Manifestations;
}
