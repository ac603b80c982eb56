using System.Text.Json.Serialization;

namespace OncologyBilling.ReferenceData.Vocabulary;

/// <summary>Unit of a dose, a container size or a wasted amount.</summary>
public enum DoseUnit
{
    /// <summary>Milligrams.</summary>
    Mg,
    /// <summary>Micrograms.</summary>
    Mcg,
    /// <summary>Grams.</summary>
    G,
    /// <summary>Millilitres (fluid volume).</summary>
    [JsonStringEnumMemberName("mL")]
    ML,
    /// <summary>International or other labelled units.</summary>
    Units,
}
