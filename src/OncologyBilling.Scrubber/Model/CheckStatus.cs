namespace OncologyBilling.Scrubber.Model;

/// <summary>Whether a rule family ran: <see cref="NotChecked"/> is never a silent pass.</summary>
public enum CheckStatus
{
    /// <summary>The family ran on all lines with the data named.</summary>
    Checked,
    /// <summary>The family ran but could not cover everything (see the note).</summary>
    Partial,
    /// <summary>The family could not run; never a silent pass.</summary>
    NotChecked,
}
