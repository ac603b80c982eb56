namespace OncologyBilling.X12.Rendering;

/// <summary>Either the interchange text or the problems that stopped it; never both.</summary>
public sealed record X12Rendering(string? Text, IReadOnlyList<X12Problem> Problems)
{
    public bool Succeeded => Text is not null;
}
