namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>What JW/JZ handling a dose, or a code's doses on one day, gets (coding-rules.md §5.2).</summary>
public enum WasteMode
{
    /// <summary>Packaged (SI N) or otherwise outside DRG-WASTE-01: neither JW nor JZ.</summary>
    NotApplicable,

    /// <summary>Multiple-dose container: neither JW nor JZ, waste not payable (DRG-WASTE-06).</summary>
    MultipleDose,

    /// <summary>One administration from single-dose containers of a payable drug: the day's totals decide JZ or JW.</summary>
    SingleDose,

    /// <summary>Single-dose, nothing billable discarded on the day: JZ (DRG-WASTE-02/04).</summary>
    ZeroWaste,

    /// <summary>Single-dose with a discarded amount of at least one unit: a JW line (DRG-WASTE-03).</summary>
    Discarded,

    /// <summary>Single-dose with drug left over but no discarded amount documented (DRG-WASTE-07).</summary>
    Undocumented,

    /// <summary>No containers documented: JW/JZ cannot be decided (INP-04).</summary>
    Undecided,
}
