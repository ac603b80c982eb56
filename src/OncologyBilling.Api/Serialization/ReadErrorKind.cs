namespace OncologyBilling.Api.Serialization;

/// <summary>How reading goes on past an error: drop the unknown property, set the bad value aside, or stop (broken JSON).</summary>
internal enum ReadErrorKind
{
    Value,
    UnknownProperty,
    Malformed,
}
