namespace OncologyBilling.Scrubber.Model;

/// <summary>Where the encounter took place; decides the claim type (SET-01, SET-02).</summary>
public enum CareSetting
{
    /// <summary>Physician office: professional claim (CMS-1500 / 837P, POS 11).</summary>
    Office,
    /// <summary>Hospital outpatient department: institutional claim (UB-04 / 837I, TOB 13x).</summary>
    HospitalOutpatient,
}
