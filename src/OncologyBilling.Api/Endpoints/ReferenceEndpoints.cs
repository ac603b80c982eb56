using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Validation;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Endpoints;

/// <summary>GET /api/v1/reference/drugs: the drug catalog the scrubber codes drug lines from.</summary>
internal static partial class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reference/drugs").WithTags("Reference data");
        group.MapGet("/", SearchDrugs)
            .WithName(nameof(SearchDrugs))
            .WithSummary("Search the drug catalog by generic or brand name")
            .WithDescription("Drugs whose generic or brand name contains `name` (case-insensitive, partial match; every drug when `name` is left out), ordered by generic name then HCPCS code. With `dateOfService`, only the rows effective on that date; without it, every row with its effective dates.");
        group.MapGet("/{hcpcs}", GetDrug)
            .WithName(nameof(GetDrug))
            .WithSummary("One drug of the catalog by HCPCS code")
            .WithDescription("The catalog row of a HCPCS Level II code (a letter and four digits, any case): the row effective on `dateOfService` when given, else the latest row. 404 when the catalog has no such code (or none effective on the date); 400 for a malformed code or date.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <param name="name">Part of a generic or brand name, any case (e.g. <c>keytr</c>); leave out for every drug.</param>
    /// <param name="dateOfService">Date of service, YYYY-MM-DD: return only the rows effective on it.</param>
    /// <param name="referenceData">The loaded reference data.</param>
    private static Results<Ok<DrugOutput[]>, ValidationProblem> SearchDrugs(
        [FromQuery] string? name, [FromQuery] string? dateOfService, IReferenceDataProvider referenceData)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (name is { Length: > Limits.MaxNameLength })
        {
            errors["name"] = [$"'name' must be at most {Limits.MaxNameLength} characters."];
        }

        var date = ParseDate(dateOfService, errors);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(referenceData.Current.Drugs.Search(name, date).Select(r => r.ToContract()).ToArray());
    }

    /// <param name="hcpcs">HCPCS Level II code, a letter and four digits (e.g. <c>J9271</c>).</param>
    /// <param name="dateOfService">Date of service, YYYY-MM-DD: return the row effective on it.</param>
    /// <param name="referenceData">The loaded reference data.</param>
    private static Results<Ok<DrugOutput>, ValidationProblem, ProblemHttpResult> GetDrug(
        string hcpcs, [FromQuery] string? dateOfService, IReferenceDataProvider referenceData)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!HcpcsPattern().IsMatch(hcpcs))
        {
            errors["hcpcs"] = ["'hcpcs' must be a HCPCS Level II code: a letter and four digits."];
        }

        var date = ParseDate(dateOfService, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rows = referenceData.Current.Drugs.RowsForCode(hcpcs, date);
        var row = rows.Count > 0 ? rows[^1] : null;
        return row is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Drug not found.",
                detail: date is null
                    ? $"The drug catalog has no HCPCS code {hcpcs.ToUpperInvariant()}."
                    : $"The drug catalog has no HCPCS code {hcpcs.ToUpperInvariant()} effective on {date:yyyy-MM-dd}.")
            : TypedResults.Ok(row.ToContract());
    }

    private static DateOnly? ParseDate(string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && Limits.IsInRange(date))
        {
            return date;
        }

        errors["dateOfService"] = ["'dateOfService' must be a date (YYYY-MM-DD) from 2000-01-01 to 2100-12-31."];
        return null;
    }

    [GeneratedRegex(Formats.Hcpcs)]
    private static partial Regex HcpcsPattern();
}
