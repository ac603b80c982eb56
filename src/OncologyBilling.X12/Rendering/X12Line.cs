namespace OncologyBilling.X12.Rendering;

/// <summary>One 2400 service line, checked and priced.</summary>
internal sealed record X12Line(
    int Number, string Code, IReadOnlyList<string> Modifiers, int Units, decimal Charge, IReadOnlyList<int> Pointers,
    DateOnly ServiceDate, string? RevenueCode, X12Drug? Drug);
