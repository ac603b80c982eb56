using System.Text.Json.Serialization;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Batch;

/// <summary>One line of the batch response (NDJSON): the result for one encounter of the request.</summary>
public sealed record BatchEntry
{
    /// <summary>Zero-based position of the encounter in the request (array element or non-blank NDJSON line).</summary>
    public required int Index { get; init; }

    /// <summary>200 with a claim; 400 when the encounter could not be read or failed validation; 422 (format=837) when the 837 cannot be written; 413 when the batch limit was reached (the batch ends there); 500 when scrubbing this encounter failed.</summary>
    public required int Status { get; init; }

    /// <summary>The encounter's encounterId on a 400 entry, when it could be read and is well-formed (a claim carries its own).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EncounterId { get; init; }

    /// <summary>The scrubbed claim, when status is 200.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScrubbedClaim? Claim { get; init; }

    /// <summary>With format=837: the claim as one X12 837P/837I interchange, when status is 200.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? X12 { get; init; }

    /// <summary>Problem details (RFC 9457) with errors keyed by JSON path inside the encounter and the request's traceId, when status is not 200.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HttpValidationProblemDetails? Problem { get; init; }
}
