using System.Text.Json.Nodes;
using CsCheck;
using OncologyBilling.Api.IntegrationTests.Security;

namespace OncologyBilling.Api.IntegrationTests.Hostile;

/// <summary>
/// Generates hostile requests: mutations of a valid base request that uses every contract field (replace, remove,
/// add an unknown, misspelt or duplicate field at any depth; truncate or corrupt the text), whole-body junk, and odd content types and Accept headers.
/// </summary>
public static class HostileGen
{
    public const string Base = """
        {"encounterId":"ZZPHI-ENC-7731","setting":"office","dateOfService":"2026-03-02",
         "payer":{"type":"medicare","id":"ZZPHI-PAYER-ID"},"billingProvider":{"npi":"1234567893","is340BCoveredEntity":false},
         "patient":{"id":"ZZPHI-PATIENT-5521","dateOfBirth":"1957-04-12","sex":"ZZPHI-SEX"},
         "diagnoses":["C561","Z5111"],
         "administrations":[
           {"id":"ZZPHI-ADM-1","drug":{"hcpcs":"J9267","name":"paclitaxel","ndc":"00703321601"},"route":"ivInfusion",
            "category":"chemotherapy","start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T12:45:00-05:00",
            "dose":{"amount":333,"unit":"mg"},"vials":[{"size":{"amount":300,"unit":"mg"},"count":2,"singleDose":true}],
            "wasted":{"amount":267,"unit":"mg"},"accessSite":"ZZPHI-SITE","pump":false,"bag":"ZZPHI-BAG"},
           {"id":"a2","drug":{"name":"ondansetron"},"route":"ivPush","start":"2026-03-02T09:45:00-05:00",
            "dose":{"amount":8,"unit":"mg"}}],
         "services":[{"code":"99214","modifiers":["25"],"minutes":20}],
         "priorAuthorizations":[{"number":"ZZPHI-PA-1","hcpcs":["J9267"]}]}
        """;

    private static readonly string BaseText = JsonNode.Parse(Base)!.ToJsonString();
    private static readonly IReadOnlyList<object[]> Positions = JsonPositions.All(JsonNode.Parse(Base)!);

    private static readonly Gen<object[]> Position = Gen.Int[0, Positions.Count - 1].Select(i => Positions[i]);
    private static readonly Gen<string> FieldName = Gen.OneOf(
        "encounterId", "setting", "diagnoses", "administrations", "start", "end", "dose", "amount", "unit", "route",
        "drug", "patient", "__proto__", "$type", "ZZPHI-key", "");

    /// <summary>Misspelt and invented property names, for the strict reading of unknown properties at every depth.</summary>
    private static readonly Gen<string> UnknownName = Gen.OneOf(
        "pupm", "wastage", "dateOfServce", "encounterID ", "setings", "diagnosis", "ndcCode", "units", "singleUse", "modifier",
        "codes", "mrn", "name", "$id", "$ref", "ZZPHI-unknown", "\u0000", new string('q', 3_000));

    private static readonly Gen<(string Kind, string Text)> Mutated = Gen.Frequency(
        (6, Gen.Select(Position, HostileValues.Any, (p, v) => ("replace", JsonPositions.Replace(BaseText, p, v)))),
        (2, Position.Select(p => ("remove", JsonPositions.Remove(BaseText, p)))),
        (2, Gen.Select(Position, FieldName, HostileValues.Any, (p, n, v) => ("add", JsonPositions.AddSibling(BaseText, p, n, v)))),
        (2, Gen.Select(Position, HostileValues.Any, Duplicate)),
        (3, Gen.Select(Position, UnknownName, Gen.OneOf("true", "1", "\"ZZPHI-VALUE\"", "{}", "[]"), (p, n, v) => ("unknown-property", JsonPositions.AddSibling(BaseText, p, n, v)))),
        (2, Gen.Int[0, BaseText.Length - 1].Select(i => ("truncate", BaseText[..i]))),
        (2, Gen.Select(Gen.Int[0, BaseText.Length - 1], Gen.Char["{}[],:\"\\0123456789eE.-+ntfa\u0000\u0001\u007f\u00e9\ud800"], Corrupt)),
        (1, HostileValues.Any.Select(v => ("whole-body", v))),
        (1, Gen.Const(("valid", BaseText))));

    public static readonly Gen<HostileRequest> Request = Gen.Select(
        Gen.Frequency((12, Mutated.Select(m => (m.Kind, HostileValues.Utf8(m.Text)))), (1, HostileValues.Garbage.Select(b => ("garbage", b)))),
        Gen.Frequency((9, Gen.Const(SentinelRequests.ScrubPath)), (1, Gen.Const("/api/v1/claims/scrub/batch"))),
        Gen.Frequency((12, Gen.Const<string?>("application/json")), (1, Gen.OneOf<string?>(
            null, "text/plain", "application/json; charset=utf-16", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1"))),
        Gen.OneOf<string?>(null, "application/json", "*/*", "text/html", "application/xml"),
        (body, path, contentType, accept) => new HostileRequest(body.Item1, path, contentType, accept, body.Item2));

    private static (string, string) Duplicate(object[] path, string value)
    {
        // A duplicated key: the same name twice in one object, the second with a hostile value.
        if (path[^1] is not string name)
        {
            return ("duplicate-key", JsonPositions.Replace(BaseText, path, $"[{value}, {value}]"));
        }

        var text = JsonPositions.AddSibling(BaseText, path, "@@DUP@@", value);
        return ("duplicate-key", text.Replace("\"@@DUP@@\"", System.Text.Json.JsonSerializer.Serialize(name), StringComparison.Ordinal));
    }

    private static (string, string) Corrupt(int index, char replacement) =>
        ("corrupt", string.Concat(BaseText.AsSpan(0, index), replacement.ToString(), BaseText.AsSpan(index + 1)));
}
