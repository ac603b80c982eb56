namespace OncologyBilling.ReferenceData;

/// <summary>A reference table is missing or malformed; the host refuses to start.</summary>
public sealed class ReferenceDataException : Exception
{
    public ReferenceDataException()
    {
    }

    public ReferenceDataException(string message)
        : base(message)
    {
    }

    public ReferenceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
