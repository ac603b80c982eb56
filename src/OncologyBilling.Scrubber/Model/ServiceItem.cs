namespace OncologyBilling.Scrubber.Model;

/// <summary>A non-administration service sent with the encounter (E/M, advance care planning, other CPT/HCPCS).</summary>
public sealed record ServiceItem(int Index, string Code, IReadOnlyList<string> Modifiers, int? Minutes)
{
    public string Path => $"services[{Index}]";
}
