using System.Text.Json.Serialization;

namespace OncologyBilling.ReferenceData.Vocabulary;

public enum DoseUnit
{
    Mg,
    Mcg,
    G,
    [JsonStringEnumMemberName("mL")]
    ML,
    Units,
}
