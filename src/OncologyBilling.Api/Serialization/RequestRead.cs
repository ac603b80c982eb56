using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// A request as far as it could be read, with every read error keyed by JSON path. With errors, the request (when
/// there is one) is the body with the bad values set aside, so the validator can still report everything else.
/// </summary>
internal sealed record RequestRead(ScrubRequest? Request, IReadOnlyDictionary<string, string[]> Errors)
{
    public const string NotAnObject = "Must be a JSON object (one encounter), not null.";

    public static RequestRead Invalid(string path, string message) =>
        new(null, new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [message] });
}
