using OncologyBilling.Tests;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>The real CMS/CDC files in ../shared/refdata, found from the repository root (the folder holding OncologyBilling.sln).</summary>
internal static class SharedRefData
{
    public static string Folder { get; } = RepositoryRoot.SharedRefData;

    public static StreamReader Open(string relativePath) => new(Path.Combine(Folder, relativePath));

    public static string File(params string[] parts) => Path.Combine([Folder, .. parts]);
}
