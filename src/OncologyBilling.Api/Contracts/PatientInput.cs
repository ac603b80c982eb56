namespace OncologyBilling.Api.Contracts;

/// <summary>Patient details: protected health information, never logged, never echoed.</summary>
public sealed record PatientInput
{
    /// <summary>The EHR's patient identifier.</summary>
    public string? Id { get; init; }

    /// <summary>Date of birth (YYYY-MM-DD).</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Administrative sex as recorded by the EHR.</summary>
    public string? Sex { get; init; }

    public override string ToString() => "PatientInput { *** }";
}
