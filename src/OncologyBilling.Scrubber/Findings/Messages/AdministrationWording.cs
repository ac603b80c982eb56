using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Phrases the administration words share: service labels, the initial-service reason, the time arithmetic.</summary>
internal static class AdministrationWording
{
    public const string AdditionalHours = "Additional hours (an hour counts once more than 30 minutes of it have run)";

    public static string Label(ServiceKind kind) => kind switch
    {
        ServiceKind.ChemotherapyInfusion => "chemotherapy infusion",
        ServiceKind.ChemotherapyPump => "prolonged chemotherapy infusion on a pump (more than 8 hours)",
        ServiceKind.ChemotherapyPush => "chemotherapy push",
        ServiceKind.ChemotherapyInjection => "chemotherapy SC/IM injection",
        ServiceKind.HormonalInjection => "hormonal antineoplastic SC/IM injection",
        ServiceKind.TherapeuticInfusion => "therapeutic infusion",
        ServiceKind.TherapeuticPush => "therapeutic push",
        ServiceKind.TherapeuticInjection => "therapeutic SC/IM injection",
        ServiceKind.OnBodyInjector => "on-body injector application",
        _ => "hydration",
    };

    public static string Capitalized(string text) => $"{char.ToUpperInvariant(text[0])}{text[1..]}";

    /// <summary>Why a service is the initial one: the office's primary reason or the facility hierarchy (ADM-INIT-02/03).</summary>
    public static string InitialWhy(Facts f) => f.Get<CareSetting>("setting") == CareSetting.Office
        ? $"Initial {Label(f.Get<ServiceKind>("kind"))}, the primary reason for the encounter (by the hierarchy)"
        : $"Initial {Label(f.Get<ServiceKind>("kind"))}, highest in the hierarchy";

    /// <summary>"paclitaxel 09:15–12:15 (180 min): floor((180 − 31) / 60) = 2" (ADM-TIME-02/03/04).</summary>
    public static string Hours(Facts f) => $"{f["service"]}: floor(({f["minutes"]} − 31) / 60) = {f["units"]}";

    /// <summary>"NS 08:00–08:40 (40 min) + NS 12:00–12:30 (30 min) = 70 min" (ADM-TIME-07 sums segments).</summary>
    public static string Sum(Facts f)
    {
        var segments = f.Get<IReadOnlyList<HydrationSegment>>("segments");
        var sum = string.Join(" + ", segments.Select(s => $"{s.Entry.Drugs} {Wording.Times(s.Entry)} ({s.Minutes} min)"));
        return segments.Count > 1 ? $"{sum} = {segments.Sum(s => s.Minutes)} min" : sum;
    }

    /// <summary>ADM-PUSH-03 and CLS-04 say the same of a shared bag.</summary>
    public static string SharedBag(Facts f) =>
        $"{f["drugs"]} share bag '{f["bag"]}': one infusate, so one administration service"
        + (f.Has("category") ? $", coded as a {f["category"]} infusion and not as hydration" : string.Empty)
        + "; each drug keeps its own drug line.";
}
