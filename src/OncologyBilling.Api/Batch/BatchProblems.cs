namespace OncologyBilling.Api.Batch;

/// <summary>Problem details for batch entries, shaped like the single-encounter endpoint's 400s.</summary>
internal static class BatchProblems
{
    private const string BadRequestType = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

    public static HttpValidationProblemDetails Invalid(IDictionary<string, string[]> errors) =>
        new(errors) { Status = StatusCodes.Status400BadRequest, Type = BadRequestType };

    public static HttpValidationProblemDetails MalformedBody() => new()
    {
        Status = StatusCodes.Status400BadRequest, Type = BadRequestType,
        Title = "The batch body is not well-formed JSON from here on; the batch ends at this entry.",
    };

    public static HttpValidationProblemDetails EncounterTooLarge(int maxBytes) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = $"An encounter is larger than {maxBytes} bytes; the batch ends at this entry.",
    };

    public static HttpValidationProblemDetails TooManyEncounters(int max) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = $"The batch holds more than {max} encounters; the batch ends at this entry. Send the rest in another request.",
    };

    public static HttpValidationProblemDetails ScrubFailed() => new()
    {
        Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred while validating or scrubbing this encounter.",
    };
}
