namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>An add-on code and the primary codes it may be reported with (NCCI-02).</summary>
public sealed record AddOnRow(string AddOn, IReadOnlyList<string> Primaries);
