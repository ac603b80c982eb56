namespace OncologyBilling.Api.Security;

/// <summary>The <c>RequestLimits</c> section: body sizes (single scrub and batch separately) and JSON depth.</summary>
internal sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>The batch endpoint, which alone gets the larger body limit.</summary>
    public const string BatchPath = "/api/v1/claims/scrub/batch";

    /// <summary>Largest body for every endpoint except the batch one. 50 administrations fit in well under 100 KB.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Largest body for <see cref="BatchPath"/>. The batch endpoint streams, so memory does not grow with the body:
    /// 256 MiB takes 100,000 five-administration encounters (110–130 MB of NDJSON) in one request.
    /// </summary>
    public long MaxBatchBodyBytes { get; set; } = 256 * 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted; the contract needs about 5 levels.</summary>
    public int MaxJsonDepth { get; set; } = 32;

    public long LimitFor(PathString path) =>
        path.Equals(BatchPath, StringComparison.OrdinalIgnoreCase) || path.Equals(BatchPath + "/", StringComparison.OrdinalIgnoreCase)
            ? MaxBatchBodyBytes
            : MaxBodyBytes;
}
