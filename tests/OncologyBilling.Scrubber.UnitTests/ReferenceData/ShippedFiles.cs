using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>The official release files shipped in the ReferenceData assembly, by published name (read from the assembly, no checkout folder needed).</summary>
internal static class ShippedFiles
{
    public static ReferenceSource Source(string name) => ReferenceSource.Shipped.Single(s => s.Name == name);

    public static StreamReader Open(string name) => Source(name).OpenText();
}
