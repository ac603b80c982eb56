namespace OncologyBilling.X12.Writing;

/// <summary>One element of a segment: a simple value, a composite of components, or repeats of simple values.</summary>
public readonly record struct X12Element
{
    private X12Element(IReadOnlyList<string?> parts, bool repeated)
    {
        Parts = parts;
        IsRepeated = repeated;
    }

    /// <summary>One part for a simple element; the components of a composite; the repeats of a repeated element.</summary>
    public IReadOnlyList<string?> Parts { get; }

    /// <summary>True when <see cref="Parts"/> are repeats, joined by the repetition separator.</summary>
    public bool IsRepeated { get; }

    public bool IsEmpty => Parts is null || Parts.All(string.IsNullOrEmpty);

    public static implicit operator X12Element(string? value) => new([value], repeated: false);

    public static X12Element Composite(params string?[] components) => new(components, repeated: false);

    public static X12Element Repeated(params string?[] repeats) => new(repeats, repeated: true);

    public static X12Element FromString(string? value) => value;
}
