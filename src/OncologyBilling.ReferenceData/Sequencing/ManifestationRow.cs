namespace OncologyBilling.ReferenceData.Sequencing;

/// <summary>
/// A manifestation code (ICD-10-CM §I.A.13): never first-listed. <see cref="CodeFirst"/> lists the code prefixes its
/// etiology must have (D63.0: a neoplasm, C or D0–D4); null when any underlying condition may precede it.
/// </summary>
public sealed record ManifestationRow(string Code, IReadOnlyList<string>? CodeFirst, string Basis)
{
    public bool IsEtiology(string code) => CodeFirst is null || CodeFirst.Any(p => code.StartsWith(p, StringComparison.Ordinal));
}
