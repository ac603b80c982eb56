using System.Text.Json;
using System.Text.Json.Serialization;

namespace OncologyBilling.ReferenceData;

/// <summary>Reads the JSON tables embedded in this assembly; a typo in a column name fails loudly.</summary>
public static class TableLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static TableFile<TRow> Load<TRow>(string fileName)
    {
        using var stream = typeof(TableLoader).Assembly.GetManifestResourceStream($"OncologyBilling.ReferenceData.Tables.{fileName}")
            ?? throw new ReferenceDataException($"Table '{fileName}' is not embedded.");
        return Parse<TRow>(stream, fileName);
    }

    public static TableFile<TRow> Parse<TRow>(Stream stream, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<TableFile<TRow>>(stream, Options)
                ?? throw new ReferenceDataException($"Table '{fileName}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new ReferenceDataException($"Table '{fileName}' is malformed at {ex.Path}: {ex.Message}", ex);
        }
    }
}
