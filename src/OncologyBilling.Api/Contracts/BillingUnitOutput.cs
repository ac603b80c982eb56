namespace OncologyBilling.Api.Contracts;

/// <summary>The dose one HCPCS billing unit stands for (J9271: 1 mg; J1200: up to 50 mg).</summary>
public sealed record BillingUnitOutput
{
    /// <summary>Dose per billing unit.</summary>
    /// <example>1</example>
    public required decimal Amount { get; init; }

    /// <summary>Unit of <c>amount</c>: mg, mcg, g, mL or units.</summary>
    public required DoseUnit Unit { get; init; }

    /// <summary>True for "up to X" descriptors: one unit covers any dose up to <c>amount</c> (DRG-UNIT-06).</summary>
    public required bool UpTo { get; init; }
}
