using Microsoft.OpenApi;

namespace OncologyBilling.Api.Security;

/// <summary>Declares the API key in the OpenAPI document, which gives Swagger UI its Authorize button.</summary>
internal static class ApiKeyOpenApi
{
    public static IServiceCollection AddApiKeyOpenApi(this IServiceCollection services)
    {
        services.ConfigureSwaggerGen(options =>
        {
            options.AddSecurityDefinition(ApiKeyDefaults.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyDefaults.HeaderName,
                Description = "API key. Scrubbing needs the 'scrub' scope, reading the catalogs needs 'read'. "
                    + "In Development the key 'dev-only-key-change-me' works (see docs/security.md).",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyDefaults.SchemeName, document)] = [],
            });
        });
        return services;
    }
}
