using Microsoft.Extensions.Options;

namespace OncologyBilling.Api.Security;

/// <summary>Refuses to start on a malformed key list, so a typo never silently locks out (or lets in) a caller.</summary>
internal sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var errors = new List<string>();
        foreach (var (key, index) in options.Keys.Select((k, i) => (k, i)))
        {
            var at = $"{ApiKeyOptions.Section}:Keys:{index}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                errors.Add($"{at}:Name is required.");
            }

            if (key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigit))
            {
                errors.Add($"{at}:Sha256 must be 64 hex digits (the SHA-256 of the key, not the key).");
            }

            if (key.Scopes.Count == 0 || key.Scopes.Any(s => !ApiKeyDefaults.Scopes.Contains(s)))
            {
                errors.Add($"{at}:Scopes must list one or more of: {string.Join(", ", ApiKeyDefaults.Scopes)}.");
            }

            if (key.PermitsPerMinute is <= 0)
            {
                errors.Add($"{at}:PermitsPerMinute must be positive.");
            }
        }

        errors.AddRange(options.Keys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{ApiKeyOptions.Section}: the key name '{g.Key}' is used more than once."));
        errors.AddRange(options.Keys.GroupBy(k => k.Sha256, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(_ => $"{ApiKeyOptions.Section}: the same key hash is configured more than once."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
