namespace OncologyBilling.Api.Contracts;

/// <summary>Patient details: protected health information, never logged, never echoed.</summary>
public sealed record PatientInput
{
    /// <summary>The EHR's patient identifier.</summary>
    public string? Id { get; init; }

    /// <summary>Date of birth (YYYY-MM-DD).</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Administrative sex as recorded by the EHR; the 837 (DMG03) takes female, male or unknown (F, M, U).</summary>
    public string? Sex { get; init; }

    /// <summary>Last name, for the 837 subscriber loop (2010BA NM103) only; the patient is rendered as the subscriber.</summary>
    public string? LastName { get; init; }

    /// <summary>First name, for the 837 subscriber loop (NM104) only.</summary>
    public string? FirstName { get; init; }

    /// <summary>The payer's member id (Medicare MBI, plan member id), for the 837 (2010BA NM109) only.</summary>
    public string? MemberId { get; init; }

    /// <summary>Home address, for the 837 subscriber loop (N3/N4) only.</summary>
    public AddressInput? Address { get; init; }

    public override string ToString() => "PatientInput { *** }";
}
