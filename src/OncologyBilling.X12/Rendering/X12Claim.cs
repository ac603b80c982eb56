namespace OncologyBilling.X12.Rendering;

/// <summary>
/// What an 837 is rendered from: the scrubbed claim, the encounter it came from (for NDC quantities) and the people on
/// the claim as the request sent them. Holds protected health information: never log it.
/// </summary>
public sealed record X12Claim
{
    public required ScrubResult Result { get; init; }

    public required Encounter Encounter { get; init; }

    public X12Patient Patient { get; init; } = new();

    public X12Person? RenderingProvider { get; init; }

    public string? PayerName { get; init; }

    /// <summary>Where each value came from, so that a problem names the field to send.</summary>
    public X12FieldPaths Paths { get; init; } = X12FieldPaths.Json;

    public override string ToString() => "X12Claim { *** }";
}
