namespace OncologyBilling.Api.Contracts;

/// <summary>ICD-10-CM spelling: upper case, with the dot after the third character (C561 → C56.1).</summary>
internal static class IcdCode
{
    public static string Normalize(string code)
    {
        var bare = code.Trim().Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return bare.Length > 3 ? $"{bare[..3]}.{bare[3..]}" : bare;
    }
}
