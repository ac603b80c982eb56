namespace OncologyBilling.Api.IntegrationTests.Hostile;

/// <summary>One generated request: what was done to it (for the failure report), where it goes and its raw body.</summary>
public sealed record HostileRequest(string Kind, string Path, string? ContentType, string? Accept, byte[] Body)
{
    public override string ToString()
    {
        var preview = System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 400));
        return $"{Kind} {Path} [{ContentType}] accept={Accept} ({Body.Length} bytes): {preview}";
    }
}
