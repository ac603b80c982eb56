using FluentValidation.Results;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// One 400's errors: what could not be read, then every validation failure of what could. A validation message on
/// a path that already has a read error (a value set aside and now missing) would only repeat it, so it is left out.
/// </summary>
internal static class RequestErrors
{
    public static Dictionary<string, string[]> Merge(IReadOnlyDictionary<string, string[]> readErrors, ValidationResult? validation)
    {
        var errors = new Dictionary<string, string[]>(readErrors, StringComparer.Ordinal);
        if (validation is { IsValid: false })
        {
            foreach (var (path, messages) in validation.ToDictionary())
            {
                errors.TryAdd(path, messages);
            }
        }

        return errors;
    }
}
