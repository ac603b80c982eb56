namespace OncologyBilling.Scrubber.Model;

/// <summary>Whether a rule family ran: <see cref="NotChecked"/> is never a silent pass.</summary>
public enum CheckStatus
{
    Checked,
    Partial,
    NotChecked,
}
