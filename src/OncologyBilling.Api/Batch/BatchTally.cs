namespace OncologyBilling.Api.Batch;

/// <summary>Entries written and how many of them were errors, for the batch's one log event.</summary>
internal sealed class BatchTally
{
    public int Count { get; private set; }

    public int Errors { get; private set; }

    public void Add(bool ok)
    {
        Count++;
        Errors += ok ? 0 : 1;
    }
}
