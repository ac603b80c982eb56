using System.Buffers;
using System.Text;
using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using OncologyBilling.Api.Batch;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.OpenApi.Examples;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Api.Validation;
using Swashbuckle.AspNetCore.SwaggerGen;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// The batch operation's examples: the three encounters as a JSON array and as NDJSON, and the NDJSON answer, each
/// entry produced by the real reader, validator and scrubber when the document is built (fixed run and trace ids).
/// </summary>
internal sealed class BatchExamplesOperationFilter(
    ScrubbedClaimExample scrubbed, ScrubRequestReader reader, IValidator<ScrubRequest> validator, IOptions<JsonOptions> json) : IOperationFilter
{
    public const string OperationId = "ScrubBatch";
    public const string ExampleTraceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";

    private OpenApiExampleText? _response;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != OperationId)
        {
            return;
        }

        OpenApiExamples.Add(operation.RequestBody?.Content, BatchMediaTypes.Json, [BatchExamples.JsonArray]);
        OpenApiExamples.Add(operation.RequestBody?.Content, BatchMediaTypes.Ndjson, [BatchExamples.Ndjson]);
        _response ??= new(
            "threeEncountersScrubbed",
            "The three encounters, as scrubbed",
            "One NDJSON line per encounter, in request order: claims for the first and third, a 400 entry with every error of the second.",
            string.Join('\n', BatchExamples.Encounters.Select((e, i) => JsonSerializer.Serialize(Entry(i, e), json.Value.SerializerOptions))) + "\n");
        OpenApiExamples.Add(OpenApiExamples.Response(operation, "200"), BatchMediaTypes.Ndjson, [_response]);
    }

    private BatchEntry Entry(int index, string encounter)
    {
        var read = reader.Read(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(encounter)));
        var errors = RequestErrors.Merge(read.Errors, read.Request is { } request ? validator.Validate(request) : null);
        if (errors.Count == 0)
        {
            return new() { Index = index, Status = StatusCodes.Status200OK, Claim = scrubbed.Scrub(encounter, json.Value.SerializerOptions) };
        }

        var problem = BatchProblems.Invalid(errors);
        problem.Extensions["traceId"] = ExampleTraceId;
        return new() { Index = index, Status = StatusCodes.Status400BadRequest, EncounterId = read.Request?.EncounterId, Problem = problem };
    }
}
