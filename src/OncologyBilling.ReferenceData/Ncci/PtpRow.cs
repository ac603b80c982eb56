namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>
/// One NCCI procedure-to-procedure edit: <see cref="Column2"/> is not payable with <see cref="Column1"/> on the same date
/// unless the modifier indicator is 1 and a bypass modifier applies (0: never; 9: not applicable).
/// </summary>
public sealed record PtpRow(string Column1, string Column2, DateOnly Effective, DateOnly? Deletion, int ModifierIndicator)
{
    public bool IsActiveOn(DateOnly date) => date >= Effective && (Deletion is null || date <= Deletion);
}
