namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>One ready-to-try example for Swagger UI: a key, a one-line summary, a description and its JSON.</summary>
internal sealed record OpenApiExampleText(string Key, string Summary, string Description, string Json);
