namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// Where each field of the mapped request came from: request JSON path (administrations[0].end) to FHIRPath
/// (Bundle.entry[3].resource.effectivePeriod.end). A path with no exact trace takes its nearest traced parent's.
/// </summary>
internal sealed class FhirTrace
{
    public const string Root = "Bundle";

    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Paths => _paths;

    public void Add(string requestPath, string fhirPath) => _paths[requestPath] = fhirPath;

    public string Translate(string? requestPath) => Find(requestPath) ?? Root;

    /// <summary>The FHIRPath of a request path or of its nearest traced parent; null when none is traced.</summary>
    public string? Find(string? requestPath)
    {
        var path = requestPath;
        while (!string.IsNullOrEmpty(path) && path != "$")
        {
            if (_paths.TryGetValue(path, out var fhirPath))
            {
                return fhirPath;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? null : path[..cut];
        }

        return null;
    }
}
