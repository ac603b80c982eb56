namespace OncologyBilling.X12.Writing;

/// <summary>
/// A value the writer refuses: it holds a separator or a control character, or the segment id is malformed. The message
/// names the segment and element position, never the value (which may be patient data).
/// </summary>
public sealed class X12ValueException : Exception
{
    public X12ValueException()
    {
    }

    public X12ValueException(string message)
        : base(message)
    {
    }

    public X12ValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
