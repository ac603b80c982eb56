using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// The documentation FHIR R4 has no element for, read from our extensions (docs/fhir.md). Each field is traced to its
/// extension even when absent, so the scrubber's finding about a missing value names the extension to send.
/// </summary>
internal static class DocumentationExtensions
{
    public static string PathOf(string resourcePath, string url) => $"{resourcePath}.extension('{url}')";

    public static bool? Boolean(MappingState state, DomainResource resource, string url, string resourcePath, string requestPath) =>
        Single(state, resource, url, resourcePath, requestPath) switch
        {
            null => null,
            { Value: FhirBoolean b } => b.Value,
            _ => WrongType<bool?>(state, resourcePath, url, "valueBoolean"),
        };

    public static string? String(MappingState state, DomainResource resource, string url, string resourcePath, string requestPath) =>
        Single(state, resource, url, resourcePath, requestPath) switch
        {
            null => null,
            { Value: FhirString s } => s.Value,
            _ => WrongType<string?>(state, resourcePath, url, "valueString"),
        };

    public static QuantityInput? Quantity(MappingState state, DomainResource resource, string url, string resourcePath, string requestPath) =>
        Single(state, resource, url, resourcePath, requestPath) switch
        {
            null => null,
            { Value: Hl7.Fhir.Model.Quantity q } => Quantities.Read(state, q, $"{PathOf(resourcePath, url)}.value", requestPath),
            _ => WrongType<QuantityInput?>(state, resourcePath, url, "valueQuantity"),
        };

    /// <summary>vials-opened, repeated once per container size: size (valueQuantity), count (valueInteger), singleDose (valueBoolean).</summary>
    public static List<VialInput?>? Vials(MappingState state, DomainResource resource, string resourcePath, string requestPath)
    {
        var url = FhirSystems.VialsExtension;
        state.Trace.Add(requestPath, PathOf(resourcePath, url));
        var vials = resource.Extension.Where(e => e.Url == url).ToList();
        if (vials.Count == 0)
        {
            return null;
        }

        return [.. vials.Select((vial, i) =>
        {
            var path = $"{PathOf(resourcePath, url)}[{i}]";
            state.Trace.Add($"{requestPath}[{i}]", path);
            var size = vial.GetExtensionValue<Hl7.Fhir.Model.Quantity>("size");
            var count = vial.GetExtensionValue<Integer>("count");
            state.Trace.Add($"{requestPath}[{i}].count", $"{path}.extension('count')");
            return new VialInput
            {
                Size = size is null ? null : Quantities.Read(state, size, $"{path}.extension('size').value", $"{requestPath}[{i}].size"),
                Count = count?.Value,
                SingleDose = vial.GetExtensionValue<FhirBoolean>("singleDose")?.Value,
            };
        })];
    }

    private static Extension? Single(MappingState state, DomainResource resource, string url, string resourcePath, string requestPath)
    {
        state.Trace.Add(requestPath, PathOf(resourcePath, url));
        var matches = resource.Extension.Where(e => e.Url == url).ToList();
        if (matches.Count > 1)
        {
            state.Issue(PathOf(resourcePath, url), "This extension may appear once.");
        }

        return matches.FirstOrDefault();
    }

    private static T WrongType<T>(MappingState state, string resourcePath, string url, string expected)
    {
        state.Issue($"{PathOf(resourcePath, url)}.value", $"This extension takes {expected}.");
        return default!;
    }
}
