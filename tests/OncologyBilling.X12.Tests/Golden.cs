namespace OncologyBilling.X12.Tests;

/// <summary>Golden files keep one segment per line for review; the interchange itself has none.</summary>
internal static class Golden
{
    public static string Read(string name) =>
        string.Concat(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", name)).Select(l => l.Trim()));

    public static string[] Lines(string name) => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", name));

    public static string[] Segments(string interchange) => [.. interchange.Split('~', StringSplitOptions.RemoveEmptyEntries).Select(s => s + "~")];
}
