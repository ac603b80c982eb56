using OncologyBilling.Api.Serialization;

namespace OncologyBilling.Api.Endpoints;

/// <summary>The <c>?detail=full|compact</c> query parameter of the scrub endpoints (docs/requests.md).</summary>
internal static class ClaimDetailQuery
{
    public const string Name = "detail";
    public const string Full = "full";
    public const string Compact = "compact";

    public const string Description =
        "full (default): the claim as documented. compact: the same claim without the explanatory text: lines' explanation, " +
        "the estimate's basis and coinsuranceBasis, its sources, notes and excludes, and referenceData.tables (referenceData " +
        "keeps its version). Codes, units, modifiers, status, findings and checks are the same as in full.";

    public static readonly Dictionary<string, string[]> Invalid = new(StringComparer.Ordinal)
    {
        [Name] = ["'detail' must be full (default) or compact."],
    };

    /// <summary>The detail asked for; false when the parameter is sent with any other value, or more than once.</summary>
    public static bool TryRead(HttpRequest request, out ClaimDetail detail)
    {
        detail = ClaimDetail.Full;
        if (!request.Query.TryGetValue(Name, out var values))
        {
            return true;
        }

        switch (values.Count == 1 ? values[0] : null)
        {
            case Full:
                return true;
            case Compact:
                detail = ClaimDetail.Compact;
                return true;
            default:
                return false;
        }
    }
}
