namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>A 400 response: problem details keyed by the JSON path of each field the scrubber could not use.</summary>
internal static class ValidationProblemExample
{
    public static OpenApiExampleText Value { get; } = new(
        "validationProblem",
        "A request the scrubber cannot read",
        "Every error at once, each keyed by the JSON path of the field as sent; billing problems are never 400s, they are findings in a 200.",
        """
        {
          "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
          "title": "One or more validation errors occurred.",
          "status": 400,
          "errors": {
            "administrations[0].end": ["'end' must be later than 'start'."],
            "administrations[0].pupm": ["unknown property; did you mean 'pump'?"],
            "administrations[1].start": ["The time needs an offset such as -05:00 (or Z for UTC), as in 2026-03-02T10:00:00-05:00."],
            "administrations[1].route": ["Must be one of: ivInfusion, ivPush, subcutaneous, intramuscular, onBodyInjector."],
            "billingProvider.npi": ["'npi' must be 10 digits with a valid check digit (Luhn, prefix 80840)."],
            "diagnoses[1]": ["Not an ICD-10-CM code (letter, digit, letter or digit, then up to 4 more; dot optional)."]
          },
          "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"
        }
        """);
}
