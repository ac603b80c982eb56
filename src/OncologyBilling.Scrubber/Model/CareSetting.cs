namespace OncologyBilling.Scrubber.Model;

/// <summary>Where the encounter took place; decides the claim type (SET-01, SET-02).</summary>
public enum CareSetting
{
    Office,
    HospitalOutpatient,
}
