using System.Xml.Linq;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// The XML documentation of the contract's assemblies (the API's DTOs and the scrubber's and reference data's enums),
/// read from the files the build writes next to them. Swashbuckle uses the files; the enum filter reads member summaries.
/// </summary>
internal sealed class XmlDocumentation
{
    private readonly Dictionary<string, string> _summaries = new(StringComparer.Ordinal);

    public XmlDocumentation(IEnumerable<string> files)
    {
        foreach (var file in files.Where(File.Exists))
        {
            foreach (var member in XDocument.Load(file).Descendants("member"))
            {
                if (member.Attribute("name")?.Value is { } name && member.Element("summary") is { } summary)
                {
                    _summaries[name] = Flatten(summary);
                }
            }
        }
    }

    public static IReadOnlyList<string> ContractFiles { get; } =
    [
        .. new[] { typeof(XmlDocumentation), typeof(Scrubber.Pipeline.ClaimScrubber), typeof(ReferenceData.ReferenceDataSet) }
            .Select(t => Path.Combine(AppContext.BaseDirectory, t.Assembly.GetName().Name + ".xml")),
    ];

    public string? Summary(string memberId) => _summaries.GetValueOrDefault(memberId);

    /// <summary>Plain text of a summary; a cref becomes the name it points at (T:A.B.OnBodyInjector → onBodyInjector).</summary>
    private static string Flatten(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(node => node switch
        {
            XElement { Name.LocalName: "see" or "seealso" } see => CrefName(see),
            XElement element => element.Value,
            _ => node.ToString(),
        }));
        return string.Join(' ', System.Net.WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string CrefName(XElement see)
    {
        var cref = see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? see.Value;
        var name = cref[(cref.LastIndexOf('.') + 1)..];
        return System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
    }
}
