namespace OncologyBilling.ReferenceData.Drugs;

/// <summary>
/// What a drug name matched in the catalog on a date: one row, several rows (ambiguous once salt words are ignored:
/// the client must send the HCPCS code), or nothing, with the closest catalog names to offer.
/// </summary>
public sealed record NameMatch(DrugRow? Row, IReadOnlyList<DrugRow> Candidates, IReadOnlyList<NamedDrug> Closest)
{
    public bool IsAmbiguous => Row is null && Candidates.Count > 1;
}

/// <summary>A catalog name (generic or brand) and the row it names.</summary>
public sealed record NamedDrug(string Name, DrugRow Row);
