using OncologyBilling.X12.Writing;

namespace OncologyBilling.X12.Rendering;

/// <summary>
/// 005010X223A2 837I for a hospital outpatient visit: CLM with facility type 13 (type of bill 013x, frequency 1),
/// DTP*434 statement dates, CL1, HI (ABK principal, ABF others), 2310A attending provider, SV2 lines with revenue codes, LIN/CTP.
/// </summary>
internal static class Institutional837Writer
{
    public const string Version = "005010X223A2";

    public static void WriteClaim(X12SegmentWriter w, X12Document doc)
    {
        var p = doc.BillingProvider;
        var date = X12Text.Date(doc.DateOfService);
        w.Write("CLM", doc.ClaimId, X12Text.Amount(doc.TotalCharge), null, null, X12Element.Composite("13", "A", "1"),
            null, p.Assignment, p.BenefitsAssignment, p.ReleaseOfInformation);
        w.Write("DTP", "434", "RD8", $"{date}-{date}");
        w.Write("CL1", p.AdmissionType, null, p.PatientStatus);
        w.Write("HI", X12Element.Composite("ABK", doc.Diagnoses[0]));
        if (doc.Diagnoses.Count > 1)
        {
            w.Write("HI", [.. doc.Diagnoses.Skip(1).Select(code => X12Element.Composite("ABF", code))]);
        }

        X12PartyWriter.Person(w, "71", doc.RenderingProvider!);
        foreach (var line in doc.Lines)
        {
            w.Write("LX", X12Text.Number(line.Number));
            w.Write("SV2", line.RevenueCode, X12Element.Composite(["HC", line.Code, .. line.Modifiers]), X12Text.Amount(line.Charge), "UN",
                X12Text.Number(line.Units));
            w.Write("DTP", "472", "D8", X12Text.Date(line.ServiceDate));
            X12PartyWriter.Drug(w, line.Drug);
        }
    }
}
