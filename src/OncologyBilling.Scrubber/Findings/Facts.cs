using System.Collections;

namespace OncologyBilling.Scrubber.Findings;

/// <summary>
/// What a stage decided on, by name: codes, numbers, amounts, times, timeline entries. A stage reports a rule with its
/// facts; the <see cref="Messages.MessageCatalog"/> turns them into words, and tests can assert on them directly.
/// </summary>
public sealed class Facts : IEnumerable<KeyValuePair<string, object>>
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    public static Facts None => [];

    public int Count => _values.Count;

    /// <summary>The value printed as billing staff read it (see <see cref="Wording.Of"/>).</summary>
    public string this[string name] => Wording.Of(Value(name));

    public void Add(string name, object value) => _values.Add(new(name, value));

    public bool Has(string name) => _values.Exists(v => v.Key == name);

    /// <summary>True when the fact is present and true.</summary>
    public bool Is(string name) => _values.Find(v => v.Key == name).Value is true;

    public T Get<T>(string name) => (T)Value(name);

    public object Value(string name) =>
        _values.Find(v => v.Key == name).Value ?? throw new KeyNotFoundException($"No fact '{name}' was reported.");

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
