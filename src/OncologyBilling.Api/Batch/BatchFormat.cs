namespace OncologyBilling.Api.Batch;

/// <summary>The two body formats the batch endpoint reads, chosen by Content-Type.</summary>
internal enum BatchFormat
{
    JsonArray,
    Ndjson,
}
