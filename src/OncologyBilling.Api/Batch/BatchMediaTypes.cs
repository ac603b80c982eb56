using Microsoft.Net.Http.Headers;

namespace OncologyBilling.Api.Batch;

internal static class BatchMediaTypes
{
    public const string Json = "application/json";
    public const string Ndjson = "application/x-ndjson";

    /// <summary>The body format named by a Content-Type header (parameters such as charset ignored); null when unsupported.</summary>
    public static BatchFormat? FormatOf(string? contentType) =>
        !MediaTypeHeaderValue.TryParse(contentType, out var media) ? null
        : media.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) ? BatchFormat.JsonArray
        : media.MediaType.Equals(Ndjson, StringComparison.OrdinalIgnoreCase) ? BatchFormat.Ndjson
        : null;
}
