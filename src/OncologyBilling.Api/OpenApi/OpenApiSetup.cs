namespace OncologyBilling.Api.OpenApi;

/// <summary>Swashbuckle: the v1 document at /swagger/v1/swagger.json and Swagger UI at /swagger.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddApiOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new() { Title = "OncologyBilling API", Version = "v1", Description = "Scrubs oncology infusion encounters into claims: CPT administration lines, HCPCS drug lines, ordered ICD-10-CM diagnoses and findings with rule ids." });
            options.IncludeXmlComments(typeof(OpenApiSetup).Assembly.Location.Replace(".dll", ".xml", StringComparison.Ordinal));
            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<EstimateExampleSchemaFilter>();
        });
        return services;
    }

    public static WebApplication UseApiOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "OncologyBilling API");
        return app;
    }
}
