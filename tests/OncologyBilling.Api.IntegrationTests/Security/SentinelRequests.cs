using System.Net.Http.Headers;
using System.Text;

namespace OncologyBilling.Api.IntegrationTests.Security;

/// <summary>Request bodies whose patient values carry the ZZPHI sentinel, so any copy of them in a log is detectable.</summary>
public static class SentinelRequests
{
    public const string Sentinel = "ZZPHI";
    public const string ScrubPath = "/api/v1/claims/scrub";

    public const string Valid = """
        {"encounterId":"ZZPHI-ENC-7731","setting":"office",
         "patient":{"id":"ZZPHI-PATIENT-5521","dateOfBirth":"1957-04-12","sex":"ZZPHI-SEX"},
         "diagnoses":["C561"],
         "administrations":[{"id":"ZZPHI-ADM-1","drug":{"name":"paclitaxel"},"route":"ivInfusion",
           "start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T12:45:00-05:00","dose":{"amount":333,"unit":"mg"}}]}
        """;

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static bool IsProblem(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json";

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType;
}
