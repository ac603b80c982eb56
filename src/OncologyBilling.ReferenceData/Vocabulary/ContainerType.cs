namespace OncologyBilling.ReferenceData.Vocabulary;

/// <summary>The usual container of a drug; the container actually used decides JW/JZ (DRG-WASTE-01, DRG-WASTE-06).</summary>
public enum ContainerType
{
    SingleDose,
    MultipleDose,
    PerNdc,
    PrefilledSyringe,
    SingleUseKit,
    PharmacyBulk,
    Bag,
    None,
}
