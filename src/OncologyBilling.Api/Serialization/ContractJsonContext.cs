using System.Text.Json;
using System.Text.Json.Serialization;
using OncologyBilling.Api.Batch;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// Source-generated serialization metadata for every contract type the API writes (the nested ones follow from these
/// roots). It is first in the API's resolver chain, so it is used with the API's own options: their naming policy,
/// converters and enum wording apply unchanged, and the bytes are the same as the reflection metadata's. The request
/// types (ScrubRequest and its inputs) stay on reflection metadata: their properties are init-only, which generated
/// metadata reads through the parameterized-constructor path, measured at +2.3 KB per five-administration request
/// (docs/performance.md, "Request path work").
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ScrubbedClaim))]
[JsonSerializable(typeof(BatchEntry))]
[JsonSerializable(typeof(RuleOutput[]))]
[JsonSerializable(typeof(DrugOutput))]
[JsonSerializable(typeof(DrugOutput[]))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
