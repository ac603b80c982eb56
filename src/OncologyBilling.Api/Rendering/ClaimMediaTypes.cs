namespace OncologyBilling.Api.Rendering;

/// <summary>The representations a scrubbed claim can be returned in, and which one an Accept header asks for.</summary>
internal static class ClaimMediaTypes
{
    public const string Json = "application/json";
    public const string X12 = "application/edi-x12";
    public const string FhirJson = Fhir.FhirMediaTypes.FhirJson;

    /// <summary>
    /// The best of <paramref name="offered"/> by the Accept header's quality values, JSON (the first offered) when the
    /// header is absent, names none of them, or ties. Unknown types do not turn into a 406: JSON stays the default.
    /// </summary>
    public static string Choose(HttpRequest request, params string[] offered)
    {
        var accept = request.GetTypedHeaders().Accept;
        var best = offered[0];
        var bestQuality = 0.0;
        foreach (var type in offered)
        {
            var quality = accept.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1.0).DefaultIfEmpty(0).Max();
            if (quality > bestQuality)
            {
                (best, bestQuality) = (type, quality);
            }
        }

        return best;
    }
}
