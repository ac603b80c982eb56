using Hl7.Fhir.Model;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>The Bundle's resources with their FHIRPath (Bundle.entry[3].resource), and reference resolution inside it.</summary>
internal sealed class BundleIndex(Bundle bundle)
{
    public IReadOnlyList<(Resource Resource, string Path)> Entries { get; } =
        [.. bundle.Entry.Select((e, i) => (Resource: e.Resource!, Path: $"Bundle.entry[{i}].resource")).Where(e => e.Resource is not null)];

    public IEnumerable<(T Resource, string Path)> OfType<T>() where T : Resource =>
        Entries.Where(e => e.Resource is T).Select(e => ((T)e.Resource, e.Path));

    /// <summary>A reference to an entry's resource: its fullUrl, else Type/id.</summary>
    public ResourceReference ReferenceTo(Resource resource)
    {
        var entry = bundle.Entry.Find(e => ReferenceEquals(e.Resource, resource));
        return new ResourceReference(entry?.FullUrl ?? $"{resource.TypeName}/{resource.Id}");
    }

    /// <summary>A reference by fullUrl, by Type/id, or "#id" into <paramref name="container"/>'s contained resources.</summary>
    public (T Resource, string Path)? Resolve<T>(ResourceReference? reference, DomainResource? container = null, string? containerPath = null)
        where T : Resource
    {
        var target = reference?.Reference;
        if (string.IsNullOrEmpty(target))
        {
            return null;
        }

        if (target.StartsWith('#') && container is not null)
        {
            var index = container.Contained.FindIndex(c => c.Id == target[1..]);
            return index >= 0 && container.Contained[index] is T contained ? (contained, $"{containerPath}.contained[{index}]") : null;
        }

        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entry = bundle.Entry[i];
            if (entry.Resource is T resource && Matches(entry.FullUrl, resource, target))
            {
                return (resource, $"Bundle.entry[{i}].resource");
            }
        }

        return null;
    }

    private static bool Matches(string? fullUrl, Resource resource, string target)
    {
        if (string.Equals(fullUrl, target, StringComparison.Ordinal))
        {
            return true;
        }

        var relative = resource.Id is { } id ? $"{resource.TypeName}/{id}" : null;
        return relative is not null && (target == relative || target.EndsWith("/" + relative, StringComparison.Ordinal));
    }
}
