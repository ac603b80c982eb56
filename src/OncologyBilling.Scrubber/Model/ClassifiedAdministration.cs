using OncologyBilling.ReferenceData.Drugs;

namespace OncologyBilling.Scrubber.Model;

/// <summary>
/// An administration after classification: its catalog drug (null when unknown), its category and technique.
/// <see cref="Category"/> is null when the drug is unknown and no category was documented: no code is guessed.
/// </summary>
public sealed record ClassifiedAdministration(Administration Source, DrugRow? Drug, DrugCategory? Category, Technique Technique)
{
    /// <summary>Generic name for explanations: the catalog name, else the name sent, else the code sent.</summary>
    public string DrugName => Drug?.Generic ?? Source.Drug.Name ?? Source.Drug.Hcpcs ?? "unknown drug";
}
