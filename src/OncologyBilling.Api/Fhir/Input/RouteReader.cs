using Hl7.Fhir.Model;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// Push or infusion from dosage.route and dosage.method, looked up in fhir-codes.json. A route that is only
/// "intravenous" takes the method's answer; with no method it is an infusion when a stop time is documented (the
/// scrubber then treats 15 minutes or less as a push, ADM-PUSH rules) and undecidable without one.
/// </summary>
internal static class RouteReader
{
    private const string Intravenous = "intravenous";

    public static AdministrationRoute? Read(MappingState state, MedicationAdministration.DosageComponent? dosage, string path, string requestPath, bool hasEnd)
    {
        state.Trace.Add(requestPath, $"{path}.route");
        var route = state.Lookup("route", dosage?.Route, $"{path}.route");
        var method = state.Lookup("method", dosage?.Method, $"{path}.method");
        var value = (route, method) switch
        {
            (Intravenous, not null) => method,
            (Intravenous, null) when hasEnd => nameof(AdministrationRoute.IvInfusion),
            (Intravenous, null) => Undecidable(state, path, requestPath),
            ("ivInfusion" or "ivPush", not null) when !string.Equals(route, method, StringComparison.OrdinalIgnoreCase) => Conflict(state, path, requestPath),
            _ => route,
        };
        return value is null ? null : Enum.Parse<AdministrationRoute>(value, ignoreCase: true);
    }

    private static string? Undecidable(MappingState state, string path, string requestPath)
    {
        state.Trace.Add(requestPath, $"{path}.method");
        state.Issue($"{path}.method",
            "An intravenous route with neither a method (push) nor a stop time: push or infusion cannot be decided; send dosage.method or effectivePeriod.end.",
            OperationOutcome.IssueType.Incomplete);
        return null;
    }

    private static string? Conflict(MappingState state, string path, string requestPath)
    {
        state.Trace.Add(requestPath, $"{path}.method");
        state.Issue($"{path}.method", "dosage.method contradicts dosage.route (push against infusion).", OperationOutcome.IssueType.Invariant);
        return null;
    }
}
