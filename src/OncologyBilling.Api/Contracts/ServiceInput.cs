using System.ComponentModel.DataAnnotations;

namespace OncologyBilling.Api.Contracts;

/// <summary>A non-administration service: E/M, advance care planning or another CPT/HCPCS code.</summary>
public sealed record ServiceInput
{
    /// <summary>CPT or HCPCS code.</summary>
    /// <example>99214</example>
    [Required]
    public string? Code { get; init; }

    /// <summary>Modifiers already on the service.</summary>
    public IReadOnlyList<string?>? Modifiers { get; init; }

    /// <summary>Minutes, for time-based services such as 99497.</summary>
    public int? Minutes { get; init; }
}
