namespace OncologyBilling.X12.Rendering;

/// <summary>The request paths a problem names; <see cref="Json"/> for the JSON endpoint, another input sets its own.</summary>
public sealed record X12FieldPaths
{
    public static X12FieldPaths Json { get; } = new();

    public string EncounterId { get; init; } = "encounterId";
    public string BillingProviderNpi { get; init; } = "billingProvider.npi";
    public string PayerType { get; init; } = "payer.type";
    public string PayerId { get; init; } = "payer.id";
    public string PayerName { get; init; } = "payer.name";
    public string Patient { get; init; } = "patient";
    public string RenderingProvider { get; init; } = "renderingProvider";
    public string Administrations { get; init; } = "administrations";
}
