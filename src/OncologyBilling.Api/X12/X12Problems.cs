using OncologyBilling.X12.Rendering;

namespace OncologyBilling.Api.X12;

/// <summary>422: the claim was scrubbed, but an 837 cannot be written from what was sent and configured.</summary>
internal static class X12Problems
{
    public const string Title = "The claim cannot be written as an X12 837: send or configure what each error names.";

    public static HttpValidationProblemDetails From(IReadOnlyList<X12Problem> problems) =>
        new(problems.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = Title,
            Type = "https://tools.ietf.org/html/rfc4918#section-11.2",
        };
}
