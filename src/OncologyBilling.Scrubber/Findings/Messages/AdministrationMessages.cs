using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using static OncologyBilling.Scrubber.Findings.Messages.AdministrationWording;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the administration rules (coding-rules.md §4); "service" is a timeline entry, printed with its times.</summary>
internal static class AdministrationMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(AdministrationRules.AdmPush01)
        {
            Finding = f => $"{f["drugs"]} ran {f["minutes"]} min ({Wording.Times(f.Get<TimelineEntry>("service"))}): "
                + "15 minutes or less is coded as a push, not an infusion.",
        },
        new(AdministrationRules.AdmPush03)
        {
            Finding = f => f.Has("running")
                ? $"{f["service"]} was pushed while {f["running"]} was infusing: part of that infusion, no separate push code."
                : SharedBag(f),
        },
        new(AdministrationRules.AdmPush04)
        {
            Finding = f => $"{f["service"]} repeats a push of the same drug {f["gap"]} min after the last reported one: "
                + "30 minutes or less is not reportable.",
            Why = _ => "Sequential push of the same drug more than 30 minutes after its last push (facility only)",
            Detail = f => $"{f["service"]}, {f["gap"]} min after the last",
        },
        new(AdministrationRules.AdmInit01)
        {
            Finding = f => $"{f["service"]} would also be an initial {Label(f.Get<ServiceKind>("kind"))}, but only one initial service "
                + $"is billed per {(f.Get<CareSetting>("setting") == CareSetting.Office ? "encounter" : "access site")}: coded as an add-on.",
            Why = InitialWhy,
            Detail = f => f.Is("coversFirstHour") ? $"{f["service"]}; covers the first hour (up to 90 minutes)" : f["service"],
        },
        new(AdministrationRules.AdmTime02) { Why = _ => AdditionalHours, Detail = Hours },
        new(AdministrationRules.AdmTime03) { Why = _ => AdditionalHours, Detail = Hours },
        new(AdministrationRules.AdmTime04) { Why = _ => AdditionalHours, Detail = Hours },
        new(AdministrationRules.AdmTime05)
        {
            Finding = f => $"Hydration {Sum(f)}: 30 minutes or less of non-concurrent hydration is not reportable.",
            Why = _ => "Additional hydration hours",
            Detail = f => $"{Sum(f)}: floor(({f["minutes"]} − 31) / 60) = {f["units"]}",
        },
        new(AdministrationRules.AdmTime06)
        {
            Finding = f => $"Hydration {Sum(f)}: 30 minutes or less of non-concurrent hydration is not reportable.",
            Why = _ => "Hydration after a different initial service",
            Detail = f => $"{Sum(f)}: 1 + floor(({f["minutes"]} − 31) / 60) = {f["units"]}",
        },
        new(AdministrationRules.AdmTime07)
        {
            Finding = f => $"Hydration segments were added up to {f["minutes"]} min although one is under 31 minutes "
                + $"({string.Join(", ", f.Get<IReadOnlyList<HydrationSegment>>("segments").Select(s => $"{s.Minutes} min"))}); "
                + "some payers reject summing (setting hydrationSumSegments).",
        },
        new(AdministrationRules.AdmSeq01) { Why = _ => "Sequential infusion of a different chemotherapy drug", Detail = f => f["service"] },
        new(AdministrationRules.AdmSeq02) { Why = _ => "Sequential infusion of a different therapeutic drug", Detail = f => f["service"] },
        new(AdministrationRules.AdmSeq03) { Why = _ => "Additional sequential push of a different drug", Detail = f => f["service"] },
        new(AdministrationRules.AdmSeq04)
        {
            Finding = f => $"{f["service"]} repeats a push of the same chemotherapy drug: 96411 is for each additional different drug, so no code.",
            Why = _ => "Additional chemotherapy push of a different drug",
            Detail = f => f["service"],
        },
        new(AdministrationRules.AdmConc01)
        {
            Why = _ => "Concurrent infusion, once per encounter",
            Detail = f => $"{f["service"]} overlapped {f["partner"]} by {f["overlap"]} min (at least {f["minimum"]})",
        },
        new(AdministrationRules.AdmConc02)
        {
            Finding = f => $"{f["service"]} also ran concurrently ({f["overlap"]} min with {f["partner"]}), but 96368 is reported once per "
                + "encounter: no further code.",
        },
        new(AdministrationRules.AdmConc03)
        {
            Finding = f => $"Hydration {f["service"]} ran "
                + (f.Is("entirely") ? "entirely" : $"for {f["covered"]} of its {f["minutes"]} min")
                + $" during the {f["drugs"]} infusion: hydration concurrent with a drug infusion is not reportable for those minutes.",
        },
        new(AdministrationRules.AdmConc04)
        {
            Finding = f => $"{f["service"]} ran at the same time as {f["partner"]} in a separate bag: there is no concurrent chemotherapy "
                + "code, so no administration code is added for it (its drug line is still billed); review.",
        },
        new(AdministrationRules.AdmHyd04) { Why = f => InitialWhy(f) + " (31 minutes to 1 hour)", Detail = Sum },
        new(AdministrationRules.AdmInj03)
        {
            Why = f => $"{Capitalized(Label(f.Get<ServiceKind>("kind")))}, reported per injection even when not the initial service",
            Detail = f => f["service"],
        },
        new(AdministrationRules.AdmPump01)
        {
            Finding = f => $"{f["service"]} ran on a pump but not more than 8 hours: coded as an ordinary infusion, not 96416.",
            Why = _ => "Prolonged chemotherapy infusion started on a pump, more than 8 hours (replaces 96413/96415 for that drug)",
            Detail = f => f["service"],
        },
        new(AdministrationRules.AdmPump02)
        {
            Finding = f => $"{f["service"]} was started on a pump: if the office supplied the pump and the patient continues at home, "
                + "G0498 may describe the whole service instead of 96416; review.",
        },
        new(AdministrationRules.AdmSite01)
        {
            Finding = f => f.Has("site")
                ? $"Access site '{f["site"]}' gets its own initial service {f["code"]} with modifier {f["modifier"]}"
                    + $"{(f.Is("separateSiteRequired") ? " (the protocol required a separate IV site)" : string.Empty)}: {f["service"]}."
                : f.Is("sameSite")
                    ? "separateSiteRequired was sent, but every administration used the same access site: one initial service for the "
                        + "encounter. Send the accessSite of each site used."
                    : $"Administrations used {f["sites"]} access sites; the office bills one initial service per encounter. A second initial "
                        + $"with modifier {f["modifier"]} is allowed only when the protocol required a separate site: send separateSiteRequired "
                        + "on that site's administration if it did.",
        },
        new(AdministrationRules.AdmInit07)
        {
            Finding = f => $"{f["push"]} is the initial service 96409 and {f["pump"]} is reported as 96416 beside it: 96416 is not an add-on, "
                + "and a chemotherapy push coded 96411 needs 96409 or 96413 as its primary.",
        },
        new(AdministrationRules.AdmDos01) { Detail = f => $"Dated {f["date"]}, the day the service was provided" },
    ];
}
