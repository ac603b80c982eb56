namespace OncologyBilling.Scrubber.Model;

/// <summary>What a claim line bills.</summary>
public enum LineKind
{
    /// <summary>Drug administration service (CPT 96360–96549).</summary>
    Administration,
    /// <summary>Drug supply (HCPCS); a JW line for the discarded amount follows its drug line.</summary>
    Drug,
    /// <summary>Another service: E/M, advance care planning or other CPT/HCPCS.</summary>
    Service,
}
