namespace OncologyBilling.Tests;

/// <summary>
/// The folder holding OncologyBilling.sln, found by walking up from the test binaries. The one repository-root finder of
/// both test projects (linked into each from tests/Shared).
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OncologyBilling.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OncologyBilling.sln not found above " + AppContext.BaseDirectory);
    }
}
