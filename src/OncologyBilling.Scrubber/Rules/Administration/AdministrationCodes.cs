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
        _ => "96360",
    };

    /// <summary>
    /// Position of an add-on within its group, after the initial (0) and its hours (1): the hierarchy order, in tens so
    /// that an add-on's own hours (order + 1) follow it.
    /// </summary>
    public static int Order(string code) => code switch
    {
        "96417" => 20,
        "96416" => 30,
        "96411" => 40,
        "96401" => 50,
        "96402" => 60,
        "96367" => 70,
        "96368" => 80,
        "96375" => 90,
        "96376" => 100,
        "96372" => 110,
        "96377" => 120,
        _ => 130,
    };

    /// <summary>Chemotherapy ranks above hormonal, therapeutic and hydration when drugs share a bag (CLS-04).</summary>
    public static int Rank(DrugCategory category) => category switch
    {
        DrugCategory.Chemotherapy => 0,
        DrugCategory.HormonalAntineoplastic => 1,
        DrugCategory.Therapeutic => 2,
        _ => 3,
    };
}
