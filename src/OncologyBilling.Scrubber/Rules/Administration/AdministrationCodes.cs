using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>The CPT administration codes and the thresholds coding-rules.md §4 confirms (UNCONFIRMED ones are options).</summary>
internal static class AdministrationCodes
{
    /// <summary>ADM-PUSH-01/02: 15 minutes or less is a push, 16 or more an infusion.</summary>
    public const int MaxPushMinutes = 15;

    /// <summary>ADM-PUMP-01: "more than 8 hours" = 481 minutes or more.</summary>
    public const int MinPumpMinutes = 8 * 60 + 1;

    /// <summary>ADM-PUSH-04: the same drug pushed again counts only more than 30 minutes after its last reported push.</summary>
    public const int RepeatPushGapMinutes = 30;

    public static string InitialCode(ServiceKind kind) => kind switch
    {
        ServiceKind.ChemotherapyInfusion => "96413",
        ServiceKind.ChemotherapyPump => "96416",
        ServiceKind.ChemotherapyPush => "96409",
        ServiceKind.ChemotherapyInjection => "96401",
        ServiceKind.HormonalInjection => "96402",
        ServiceKind.TherapeuticInfusion => "96365",
        ServiceKind.TherapeuticPush => "96374",
        ServiceKind.TherapeuticInjection => "96372",
        ServiceKind.OnBodyInjector => "96377",
        _ => InitialHydration,
    };

    public const string SequentialChemotherapy = "96417";
    public const string ChemotherapyHours = "96415";
    public const string AdditionalChemotherapyPush = "96411";
    public const string SequentialTherapeutic = "96367";
    public const string TherapeuticHours = "96366";
    public const string Concurrent = "96368";
    public const string SequentialPush = "96375";
    public const string SamePushAgain = "96376";
    public const string InitialHydration = "96360";
    public const string HydrationHours = "96361";

    /// <summary>Chemotherapy ranks above hormonal, therapeutic and hydration when drugs share a bag (CLS-04).</summary>
    public static int Rank(DrugCategory category) => category switch
    {
        DrugCategory.Chemotherapy => 0,
        DrugCategory.HormonalAntineoplastic => 1,
        DrugCategory.Therapeutic => 2,
        _ => 3,
    };
}
