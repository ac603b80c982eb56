using System.Text;

namespace OncologyBilling.X12.Writing;

/// <summary>
/// Writes X12 segments with the given separators. Trailing empty elements and trailing empty components are left out,
/// as the implementation guides require; a value that holds a separator or a control character is refused
/// (<see cref="X12ValueException"/>), never escaped, because X12 has no escape sequence. Counts segments for SE01.
/// </summary>
public sealed class X12SegmentWriter(X12Delimiters delimiters)
{
    private readonly StringBuilder _text = new();
    private int _transactionStart = -1;

    public X12Delimiters Delimiters { get; } = delimiters;

    /// <summary>Segments written so far.</summary>
    public int SegmentCount { get; private set; }

    /// <summary>Segments since the last <see cref="BeginTransaction"/>, ST included.</summary>
    public int TransactionSegmentCount => _transactionStart < 0 ? 0 : SegmentCount - _transactionStart;

    /// <summary>Marks the next segment (ST) as the first one SE01 counts.</summary>
    public void BeginTransaction() => _transactionStart = SegmentCount;

    public void Write(string id, params ReadOnlySpan<X12Element> elements)
    {
        CheckId(id);
        var last = elements.Length - 1;
        while (last >= 0 && elements[last].IsEmpty)
        {
            last--;
        }

        _text.Append(id);
        for (var i = 0; i <= last; i++)
        {
            _text.Append(Delimiters.Element);
            AppendElement(id, i + 1, elements[i]);
        }

        _text.Append(Delimiters.Segment);
        SegmentCount++;
    }

    /// <summary>
    /// ISA only: fixed-width elements written as given, where ISA11 and ISA16 are the repetition and component separators
    /// themselves. Every other element is still checked.
    /// </summary>
    internal void WriteInterchangeHeader(IReadOnlyList<string> elements)
    {
        _text.Append("ISA");
        for (var i = 0; i < elements.Count; i++)
        {
            var position = i + 1;
            if (position is not (11 or 16))
            {
                Check("ISA", position, elements[i]);
            }

            _text.Append(Delimiters.Element).Append(elements[i]);
        }

        _text.Append(Delimiters.Segment);
        SegmentCount++;
    }

    public override string ToString() => _text.ToString();

    private void AppendElement(string id, int position, X12Element element)
    {
        var parts = element.Parts;
        var last = parts.Count - 1;
        while (last >= 0 && string.IsNullOrEmpty(parts[last]))
        {
            last--;
        }

        var separator = element.IsRepeated ? Delimiters.Repetition : Delimiters.Component;
        for (var i = 0; i <= last; i++)
        {
            if (i > 0)
            {
                _text.Append(separator);
            }

            Check(id, position, parts[i]);
            _text.Append(parts[i]);
        }
    }

    private void Check(string id, int position, string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            if (Delimiters.IsDelimiter(c) || char.IsControl(c))
            {
                throw new X12ValueException($"{id}{position:00} holds a separator or control character; X12 cannot carry it.");
            }
        }
    }

    private static void CheckId(string id)
    {
        if (id.Length is < 2 or > 3 || !id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            throw new X12ValueException("A segment id is 2 or 3 upper-case letters or digits.");
        }
    }
}
