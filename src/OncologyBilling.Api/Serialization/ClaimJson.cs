using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Batch;
using OncologyBilling.Api.Contracts;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// The serializer metadata for a scrubbed claim and a batch entry, full or compact. Compact is the API's own options
/// with the explanatory members removed from the metadata: lines' explanation, the estimate's basis strings, sources,
/// notes and excludes, and the reference-data tables (the version stays). Everything else is written as in full.
/// </summary>
internal sealed class ClaimJson
{
    private static readonly Dictionary<Type, string[]> CompactOmits = new()
    {
        [typeof(LineOutput)] = ["explanation"],
        [typeof(EstimateLineOutput)] = ["basis", "coinsuranceBasis"],
        [typeof(EstimateDifferenceOutput)] = ["basis"],
        [typeof(EstimateSettingOutput)] = ["sources"],
        [typeof(EstimateOutput)] = ["notes", "excludes"],
        [typeof(ReferenceDataOutput)] = ["tables"],
    };

    private readonly JsonTypeInfo<ScrubbedClaim> _fullClaim;
    private readonly JsonTypeInfo<ScrubbedClaim> _compactClaim;
    private readonly JsonTypeInfo<BatchEntry> _fullEntry;
    private readonly JsonTypeInfo<BatchEntry> _compactEntry;

    public ClaimJson(IOptions<JsonOptions> options)
    {
        var full = options.Value.SerializerOptions;
        full.MakeReadOnly(populateMissingResolver: true);
        var compact = new JsonSerializerOptions(full) { TypeInfoResolver = full.TypeInfoResolver!.WithAddedModifier(OmitExplanations) };
        _fullClaim = (JsonTypeInfo<ScrubbedClaim>)full.GetTypeInfo(typeof(ScrubbedClaim));
        _compactClaim = (JsonTypeInfo<ScrubbedClaim>)compact.GetTypeInfo(typeof(ScrubbedClaim));
        _fullEntry = (JsonTypeInfo<BatchEntry>)full.GetTypeInfo(typeof(BatchEntry));
        _compactEntry = (JsonTypeInfo<BatchEntry>)compact.GetTypeInfo(typeof(BatchEntry));
    }

    public JsonTypeInfo<ScrubbedClaim> Claim(ClaimDetail detail) => detail == ClaimDetail.Compact ? _compactClaim : _fullClaim;

    public JsonTypeInfo<BatchEntry> Entry(ClaimDetail detail) => detail == ClaimDetail.Compact ? _compactEntry : _fullEntry;

    private static void OmitExplanations(JsonTypeInfo info)
    {
        if (!CompactOmits.TryGetValue(info.Type, out var omitted))
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (omitted.Contains(info.Properties[i].Name, StringComparer.Ordinal))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
