namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Drug lines (coding-rules.md §5): HCPCS choice, billing units, JW/JZ, 340B and ESA modifiers.</summary>
public static class DrugRules
{
    private const string F = RuleFamilies.Drugs;

    public static readonly RuleDefinition DrgCode01 = new("DRG-CODE-01", F, FindingSeverity.Info,
        "The drug's HCPCS code comes from its NDC through the ASP NDC-HCPCS crosswalk.",
        "coding-rules.md §5.1 [S22a]");

    public static readonly RuleDefinition DrgCode02 = new("DRG-CODE-02", F, FindingSeverity.Error,
        "A biosimilar NDC billed under a reference-product code that excludes biosimilars, or the reverse.",
        "coding-rules.md §5.1 [S22a][S22b]");

    public static readonly RuleDefinition DrgCode05 = new("DRG-CODE-05", F, FindingSeverity.Info,
        "An active HCPCS Level II drug code outside the curated catalog is billed in the official unit: the ASP file's " +
        "dosage, else the HCPCS long descriptor's.",
        "coding-rules.md §5.1 DRG-CODE-01, §11; CMS HCPCS Level II file; CMS ASP payment limit file (HCPCS Code Dosage); " +
        "CMS Pub. 100-04 ch. 17 §70");

    public static readonly RuleDefinition DrgCode06 = new("DRG-CODE-06", F, FindingSeverity.Error,
        "The HCPCS code sent is not in the HCPCS Level II file, not active on the date of service, or has no billing unit " +
        "the dose can be divided by: no drug line; send an active code.",
        "coding-rules.md §5.1 DRG-CODE-01, DRG-UNIT-04; CMS HCPCS Level II file (ACT EFF DT, TERM DT)");

    public static readonly RuleDefinition DrgCode03 = new("DRG-CODE-03", F, FindingSeverity.Info,
        "Of codes with different dose descriptors, the one that best fits the dose is used (1000 mL NS = J7030 × 1).",
        "coding-rules.md §5.1 [S17b]");

    public static readonly RuleDefinition DrgUnit01 = new("DRG-UNIT-01", F, FindingSeverity.Info,
        "Units = ceil(the day's total of the code ÷ billing unit): every administration on the date added first, rounded " +
        "up once, at least 1 (1,250 mg twice at 200 mg: 13, not 14).",
        "coding-rules.md §5.1 [S17a][S16f]; CMS Pub. 100-04 Claims Processing Manual ch. 17 §§10, 40, 70; CMS JW/JZ " +
        "modifier FAQ (administered rounded up, discarded rounded down)");

    public static readonly RuleDefinition DrgUnit02 = new("DRG-UNIT-02", F, FindingSeverity.Info,
        "The dose is rounded to 3 decimals in the descriptor's unit before rounding up.",
        "coding-rules.md §5.1");

    public static readonly RuleDefinition DrgUnit03 = new("DRG-UNIT-03", F, FindingSeverity.Error,
        "Administered plus discarded amounts cannot exceed the labelled amount of the containers opened.",
        "coding-rules.md §5.1 [S16a][S16b]");

    public static readonly RuleDefinition DrgUnit04 = new("DRG-UNIT-04", F, FindingSeverity.Error,
        "The dose unit cannot be converted to the HCPCS descriptor's unit.",
        "coding-rules.md §5.1");

    public static readonly RuleDefinition DrgUnit06 = new("DRG-UNIT-06", F, FindingSeverity.Info,
        "An 'up to X' descriptor: 1 unit covers any dose up to X; above X, ceil(dose ÷ X).",
        "coding-rules.md §5.1 [S22a]");

    public static readonly RuleDefinition DrgWaste01 = new("DRG-WASTE-01", F, FindingSeverity.Info,
        "JW/JZ apply to separately payable drugs from single-dose containers (hospital: OPPS SI K or G).",
        "coding-rules.md §5.2 [S16b][S16d][S16e][S16g]");

    public static readonly RuleDefinition DrgWaste02 = new("DRG-WASTE-02", F, FindingSeverity.Info,
        "Nothing discarded from a single-dose container: one line with JZ.",
        "coding-rules.md §5.2 [S16b][S16c]");

    public static readonly RuleDefinition DrgWaste03 = new("DRG-WASTE-03", F, FindingSeverity.Info,
        "Discarded amount of at least one unit on the day: the drug line without JW/JZ and a JW line for floor(the " +
        "day's discarded total ÷ unit), rounded down once.",
        "coding-rules.md §5.2 [S16b][S28][S16f]; CMS Pub. 100-04 ch. 17 §40; CMS JW/JZ modifier FAQ");

    public static readonly RuleDefinition DrgWaste04 = new("DRG-WASTE-04", F, FindingSeverity.Error,
        "The administered units already cover the container: a JW line would be an overpayment.",
        "coding-rules.md §5.2 [S16c][S16h]");

    public static readonly RuleDefinition DrgWaste05 = new("DRG-WASTE-05", F, FindingSeverity.Error,
        "JW and JZ on one line, or JZ beside a JW line for the same drug.",
        "coding-rules.md §5.2");

    public static readonly RuleDefinition DrgWaste06 = new("DRG-WASTE-06", F, FindingSeverity.Error,
        "Multiple-dose containers take neither JW nor JZ; waste is not payable.",
        "coding-rules.md §5.2 [S16e][S16h]");

    public static readonly RuleDefinition DrgWaste07 = new("DRG-WASTE-07", F, FindingSeverity.Error,
        "Single-dose container with drug left over but no discarded amount documented: JZ may not be used.",
        "coding-rules.md §5.2 [S16g]");

    public static readonly RuleDefinition DrgWaste08 = new("DRG-WASTE-08", F, FindingSeverity.Warning,
        "A smaller combination of the vial sizes on the market would have wasted less.",
        "coding-rules.md §5.2 [S16b][S16f]");

    public static readonly RuleDefinition DrgWaste09 = new("DRG-WASTE-09", F, FindingSeverity.Info,
        "Hospital line with OPPS SI N (packaged) or not separately payable: no JW/JZ.",
        "coding-rules.md §5.2 [S16b][S16g]");

    public static readonly RuleDefinition DrgWaste10 = new("DRG-WASTE-10", F, FindingSeverity.Error,
        "From 2023-10-01 an applicable single-dose line needs JW or JZ.",
        "coding-rules.md §5.2 [S16b][S16a]");

    public static readonly RuleDefinition DrgWaste11 = new("DRG-WASTE-11", F, FindingSeverity.Warning,
        "2023-07-01 to 2023-09-30: JW/JZ required, no front-end edit yet.",
        "coding-rules.md §5.2 [S16a]");

    public static readonly RuleDefinition DrgWaste12 = new("DRG-WASTE-12", F, FindingSeverity.Info,
        "Before 2023-07-01 JZ is optional; JW is required for discarded amounts since 2017-01-01.",
        "coding-rules.md §5.2 [S16a][S28]");

    public static readonly RuleDefinition DrgWaste13 = new("DRG-WASTE-13", F, FindingSeverity.Warning,
        "The documented discarded amount should equal the containers opened minus the dose.",
        "coding-rules.md §5.2 [S16f][S28]");

    public static readonly RuleDefinition Drg340B01 = new("DRG-340B-01", F, FindingSeverity.Info,
        "A 340B covered entity appends a 340B modifier to separately payable 340B-acquired drugs.",
        "coding-rules.md §5.3 [S18a][S18b][S18c]");

    public static readonly RuleDefinition Drg340B02 = new("DRG-340B-02", F, FindingSeverity.Info,
        "2024: JG for most covered entities (TB for exempt hospital types).",
        "coding-rules.md §5.3 [S18a]");

    public static readonly RuleDefinition Drg340B03 = new("DRG-340B-03", F, FindingSeverity.Info,
        "From 2025-01-01: TB for all 340B-acquired separately payable drugs; JG ended 2024-12-31.",
        "coding-rules.md §5.3; HCPCS Oct 2025 (JG TERM DT 20241231)");

    public static readonly RuleDefinition Drg340B04 = new("DRG-340B-04", F, FindingSeverity.Info,
        "Packaged drugs (SI N): the 340B modifier is optional and not appended.",
        "coding-rules.md §5.3 [S18c]");

    public static readonly RuleDefinition DrgEsa01 = new("DRG-ESA-01", F, FindingSeverity.Warning,
        "An ESA line needs exactly one of EA, EB or EC (requirement UNCONFIRMED: warning).",
        "coding-rules.md §5.4 [S24]");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        DrgCode01, DrgCode02, DrgCode05, DrgCode06, DrgCode03, DrgUnit01, DrgUnit02, DrgUnit03, DrgUnit04, DrgUnit06, DrgWaste01, DrgWaste02,
        DrgWaste03, DrgWaste04, DrgWaste05, DrgWaste06, DrgWaste07, DrgWaste08, DrgWaste09, DrgWaste10, DrgWaste11, DrgWaste12,
        DrgWaste13, Drg340B01, Drg340B02, Drg340B03, Drg340B04, DrgEsa01,
    ];
}
