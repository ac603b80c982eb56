namespace OncologyBilling.X12.Rendering;

/// <summary>Collects problems while values are read; a value X12 cannot carry is a problem, never trimmed or replaced.</summary>
internal sealed class X12Checks
{
    private readonly List<X12Problem> _problems = [];

    public IReadOnlyList<X12Problem> Problems => _problems;

    public void Add(string key, string message) => _problems.Add(new X12Problem(key, message));

    /// <summary>The value, or an empty string after recording why it cannot be used.</summary>
    public string Need(string? value, string key, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(key, $"{what} is required for the 837 and is not there: {(key.StartsWith("X12:", StringComparison.Ordinal) ? "configure" : "send")} {key}.");
            return string.Empty;
        }

        return Fits(value.Trim(), key, what, maxLength) ? value.Trim() : string.Empty;
    }

    /// <summary>An optional value: null when absent, checked like <see cref="Need"/> when present.</summary>
    public string? Optional(string? value, string key, string what, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Fits(value.Trim(), key, what, maxLength) ? value.Trim() : null;

    public string OneOf(string? value, string key, string what, params string[] allowed)
    {
        var text = Need(value, key, what, 3);
        if (text.Length > 0 && !allowed.Contains(text, StringComparer.Ordinal))
        {
            Add(key, $"{what} must be one of {string.Join(", ", allowed)}.");
            return string.Empty;
        }

        return text;
    }

    public string Digits(string? value, string key, string what, int length)
    {
        var text = Need(value, key, what, length);
        if (text.Length > 0 && (text.Length != length || !text.All(char.IsAsciiDigit)))
        {
            Add(key, $"{what} must be {length} digits.");
            return string.Empty;
        }

        return text;
    }

    private bool Fits(string value, string key, string what, int maxLength)
    {
        if (value.Length > maxLength)
        {
            Add(key, $"{what} is longer than the {maxLength} characters the 837 allows.");
            return false;
        }

        if (value.Any(c => X12Text.Reserved.Contains(c) || char.IsControl(c)))
        {
            Add(key, $"{what} holds a character X12 reserves as a separator ({X12Text.Reserved}) or a control character; remove it.");
            return false;
        }

        return true;
    }
}
