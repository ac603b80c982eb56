namespace OncologyBilling.ReferenceData.Vocabulary;

/// <summary>The usual container of a drug; the container actually used decides JW/JZ (DRG-WASTE-01, DRG-WASTE-06).</summary>
public enum ContainerType
{
    /// <summary>Single-dose (single-use) vial: JW for documented waste, JZ when nothing is discarded.</summary>
    SingleDose,
    /// <summary>Multiple-dose vial: no JW and no JZ; waste is not payable.</summary>
    MultipleDose,
    /// <summary>Single- and multiple-dose presentations both exist: the NDC or the vials sent decide.</summary>
    PerNdc,
    /// <summary>Prefilled syringe (single-dose).</summary>
    PrefilledSyringe,
    /// <summary>Single-use kit (e.g. leuprolide depot).</summary>
    SingleUseKit,
    /// <summary>Pharmacy bulk package: no JW and no JZ.</summary>
    PharmacyBulk,
    /// <summary>Bag of fluid (hydration solutions).</summary>
    Bag,
    /// <summary>No container applies.</summary>
    None,
}
