using Hl7.Fhir.Model;
using Encounter = Hl7.Fhir.Model.Encounter;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// ICD-10-CM codes from the Bundle's Conditions: those the Encounter ranks (Encounter.diagnosis.rank) first in rank
/// order, then the others in Bundle order. Each Condition needs exactly one ICD-10-CM coding.
/// </summary>
internal static class DiagnosisReader
{
    public const string AllConditions = "Bundle.entry.resource.ofType(Condition)";

    public static List<string?> Read(MappingState state, Encounter? encounter, string? encounterPath)
    {
        state.Trace.Add("diagnoses", AllConditions);
        var ranks = new Dictionary<Condition, int>(ReferenceEqualityComparer.Instance);
        foreach (var diagnosis in encounter?.Diagnosis ?? [])
        {
            if (state.Bundle.Resolve<Condition>(diagnosis.Condition, encounter, encounterPath) is var (condition, _) && diagnosis.Rank is { } rank)
            {
                ranks.TryAdd(condition, rank);
            }
        }

        var ordered = state.Bundle.OfType<Condition>()
            .Select((c, i) => (c.Resource, c.Path, Order: ranks.TryGetValue(c.Resource, out var r) ? (0, r, i) : (1, 0, i)))
            .OrderBy(c => c.Order);
        var codes = new List<string?>();
        foreach (var (condition, path, _) in ordered)
        {
            if (Code(state, condition, path) is var (code, codePath))
            {
                state.Trace.Add($"diagnoses[{codes.Count}]", codePath);
                codes.Add(code);
            }
        }

        return codes;
    }

    private static (string Code, string Path)? Code(MappingState state, Condition condition, string path)
    {
        var icd = CodingLookup.InSystems(condition.Code, $"{path}.code", s => s == FhirSystems.Icd10Cm);
        switch (icd.Count)
        {
            case 1 when icd[0].Coding.Code is { Length: > 0 } found:
                return (found, $"{icd[0].Path}.code");
            case > 1:
                state.Issue($"{path}.code", "More than one ICD-10-CM coding: send one Condition per diagnosis.");
                return null;
            default:
                if (condition.Code is { Coding.Count: > 0 } code && icd.Count == 0)
                {
                    state.Issues.AddRange(CodingLookup.Unread(code, $"{path}.code", FhirSystems.Icd10Cm));
                }
                else
                {
                    state.Issue($"{path}.code", "An ICD-10-CM coding is required.", OperationOutcome.IssueType.Required);
                }

                return null;
        }
    }
}
