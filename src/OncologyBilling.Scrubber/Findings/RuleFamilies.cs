namespace OncologyBilling.Scrubber.Findings;

/// <summary>The rule families reported in <c>checks</c> and in the rule catalog.</summary>
public static class RuleFamilies
{
    public const string Input = "input";
    public const string Setting = "setting";
    public const string Classification = "classification";
    public const string Administration = "administration";
    public const string Drugs = "drugs";
    public const string Ndc = "ndc";
    public const string Diagnoses = "diagnoses";
    public const string EvaluationAndManagement = "evaluationAndManagement";
    public const string AdvanceCarePlanning = "advanceCarePlanning";
    public const string NcciPtp = "ncciPtp";
    public const string NcciAddOn = "ncciAddOn";
    public const string Mue = "mue";
}
