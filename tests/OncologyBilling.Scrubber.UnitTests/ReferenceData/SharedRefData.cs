namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>The real CMS/CDC files in ../shared/refdata, found from the repository root (the folder holding OncologyBilling.sln).</summary>
internal static class SharedRefData
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "refdata"));

    public static StreamReader Open(string relativePath) => new(Path.Combine(Folder, relativePath));

    public static string File(params string[] parts) => Path.Combine([Folder, .. parts]);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "OncologyBilling.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OncologyBilling.sln not found above the test binaries.");
    }
}
