namespace OncologyBilling.X12.Writing;

/// <summary>
/// The four separators of an interchange. ISA announces them (ISA11 repetition, ISA16 component, the character after
/// "ISA" for elements, the one ending ISA for segments), so no value anywhere in the interchange may contain one.
/// </summary>
public sealed record X12Delimiters(char Element, char Component, char Repetition, char Segment)
{
    /// <summary>The separators the 005010 implementation guides' examples use: * : ^ ~.</summary>
    public static X12Delimiters Default { get; } = new('*', ':', '^', '~');

    public bool IsDelimiter(char c) => c == Element || c == Component || c == Repetition || c == Segment;
}
