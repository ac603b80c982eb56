using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Logging;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>Swashbuckle: the v1 document at /swagger/v1/swagger.json and Swagger UI at /swagger.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddApiOpenApi(this IServiceCollection services)
    {
        var documentation = new XmlDocumentation(XmlDocumentation.ContractFiles);
        services.AddEndpointsApiExplorer();
        services.AddSingleton<Examples.ScrubbedClaimExample>();
        services.AddSingleton<Examples.FhirClaimExample>();
        // Describe the JSON the endpoints really read and write (string enums), not Swashbuckle's MVC defaults.
        services.AddTransient<ISerializerDataContractResolver>(sp => new JsonSerializerDataContractResolver(
            sp.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions));
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "OncologyBilling API",
                Version = "v1",
                Description = "Scrubs oncology infusion encounters into claims: CPT administration lines, HCPCS drug lines, ordered ICD-10-CM diagnoses and findings with rule ids. Pick an example under Request body, then Try it out.",
            });
            foreach (var file in XmlDocumentation.ContractFiles.Where(File.Exists))
            {
                options.IncludeXmlComments(file);
            }

            options.SupportNonNullableReferenceTypes();
            // A property that refers to another schema keeps its own description (OpenAPI 3.0 ignores $ref siblings).
            options.UseAllOfToExtendReferenceSchemas();
            options.SchemaFilter<ProblemDetailsSchemaFilter>();
            options.SchemaFilter<EnumSchemaFilter>(documentation);
            options.SchemaFilter<FhirResourceSchemaFilter>();
            // Adds the fhir+json 200 media type first, so that the examples filter finds it.
            options.OperationFilter<FhirClaimResponseOperationFilter>();
            options.OperationFilter<ScrubExamplesOperationFilter>();
            options.OperationFilter<BatchExamplesOperationFilter>();
            options.OperationFilter<ErrorResponsesOperationFilter>();
            options.OperationFilter<X12OperationFilter>();
            options.SchemaFilter<EstimateExampleSchemaFilter>();
        });
        return services;
    }

    public static WebApplication UseApiOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "OncologyBilling API");
        // A browser pointed at the bare address lands in Swagger UI, which like the document needs no key.
        app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription().AllowAnonymous();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceSwaggerUi(app));
        return app;
    }

    private static void AnnounceSwaggerUi(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpenApiSetup).FullName!);
        foreach (var address in addresses)
        {
            ApiLog.SwaggerUiAvailable(logger, $"{address.TrimEnd('/')}/swagger");
        }
    }
}
