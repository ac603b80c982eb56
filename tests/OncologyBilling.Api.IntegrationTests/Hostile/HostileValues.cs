using System.Text;
using CsCheck;

namespace OncologyBilling.Api.IntegrationTests.Hostile;

/// <summary>Raw JSON text for one value: wrong types, extremes, odd strings and times, big and deep containers.</summary>
public static class HostileValues
{
    private static readonly Gen<string> Scalars = Gen.OneOf(
        "null", "true", "false", "0", "-0", "-1", "1.5", "-333", "2147483648", "-2147483649",
        "9223372036854775808", "-9223372036854775809", "79228162514264337593543950336", "1e400", "-1e400",
        "1e-400", "0.1e99999", "123456789012345678901234567890.5", "1E+2", "01", "+1", ".5", "NaN", "Infinity",
        "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\"", "\"-1\"", "\"\"", "\" \"", "\"null\"", "{}", "[]",
        "[null]", "{\"a\":1,\"a\":2}", "\"office\"", "\"ivInfusion\"", "\"mg\"", "\"C56.1\"", "\"Z51.11\"");

    private static readonly Gen<string> Times = Gen.OneOf(
        "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.9999999+14:00\"", "\"2026-03-02T25:00:00-05:00\"",
        "\"2026-02-30T10:00:00Z\"", "\"-2026-03-02T10:00:00Z\"", "\"2026-03-02T10:00:00\"", "\"2026-03-02T10:00:00+23:59\"",
        "\"2026-03-02T13:00:00-05:00\"", "\"2026-03-02T09:59:59-05:00\"", "\"2026-03-02\"", "\"1999-12-31\"",
        "\"2100-01-01\"", "\"2101-01-01\"", "\"0000-00-00\"", "\"2026-13-01\"", "\"10:00\"", "\"P1D\"", "1772463600");

    private static readonly Gen<string> OddText = Gen.OneOf(
        "\\u0000", "\\u0001\\u001f", "\\ud800", "\\udfff\\ud800", "\u202e", "\u200b", "\ufeff", "\U0001F489", "e\u0301",
        "\uff11\uff12\uff13", "\u0130", "\\\"", "\\\\", "</script>", "' OR 1=1 --", "${jndi:ldap://x}", "%s%n", "\r\n");

    /// <summary>Mostly small sizes, sometimes large, rarely huge: big bodies are costly and a few make the point.</summary>
    private static readonly Gen<int> Size = Gen.Frequency((16, Gen.Int[0, 100]), (4, Gen.Int[100, 3_000]), (1, Gen.Int[3_000, 300_000]));

    /// <summary>A string value carrying the patient sentinel plus odd characters, of any length up to 300k.</summary>
    private static readonly Gen<string> Strings = Gen.Select(OddText, Gen.Int[0, 6], Size, (odd, kind, length) => kind switch
    {
        0 => $"\"ZZPHI-{length % 1000}{odd}\"",
        1 => $"\"{odd}ZZPHI{odd}\"",
        2 => $"\"{new string('A', length)}\"",
        3 => $"\"ZZPHI-{new string('x', length)}\"",
        4 => $"\"C56.1{odd}\"",
        5 => "\"a\u0001b\"",
        _ => $"\"{odd}\"",
    });

    private static readonly Gen<string> Containers = Gen.Select(Gen.Int[0, 4], Size, Gen.Int[1, 300], (kind, count, depth) => kind switch
    {
        0 => "[" + string.Join(',', Enumerable.Repeat("null", count)) + "]",
        1 => "[" + string.Join(',', Enumerable.Repeat("\"ZZPHI-C56.1\"", count)) + "]",
        2 => new string('[', depth) + new string(']', depth),
        3 => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth),
        _ => "[" + string.Join(',', Enumerable.Repeat(AdministrationJson, Math.Min(count, 2_000))) + "]",
    });

    public static readonly Gen<string> Any = Gen.Frequency(
        (5, Scalars), (3, Times), (4, Strings), (2, Containers));

    private const string AdministrationJson = """
        {"id":"ZZPHI-ADM","drug":{"name":"paclitaxel"},"route":"ivInfusion","start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T12:45:00-05:00","dose":{"amount":333,"unit":"mg"}}
        """;

    /// <summary>Invalid UTF-8 and other bytes that are not JSON at all.</summary>
    public static readonly Gen<byte[]> Garbage = Gen.Byte.Array[0, 2000];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
