using OncologyBilling.X12.Writing;

namespace OncologyBilling.X12.Rendering;

/// <summary>005010X222A1 837P: CLM with POS 11, HI (ABK, then ABF), 2310B rendering provider, SV1 lines with pointers, LIN/CTP.</summary>
internal static class Professional837Writer
{
    public const string Version = "005010X222A1";

    public static void WriteClaim(X12SegmentWriter w, X12Document doc)
    {
        var p = doc.BillingProvider;
        w.Write("CLM", doc.ClaimId, X12Text.Amount(doc.TotalCharge), null, null, X12Element.Composite("11", "B", "1"),
            p.SignatureOnFile, p.Assignment, p.BenefitsAssignment, p.ReleaseOfInformation);
        w.Write("HI", [.. doc.Diagnoses.Select((code, i) => X12Element.Composite(i == 0 ? "ABK" : "ABF", code))]);
        if (doc.RenderingProvider is { } rendering)
        {
            X12PartyWriter.Person(w, "82", rendering);
        }

        foreach (var line in doc.Lines)
        {
            w.Write("LX", X12Text.Number(line.Number));
            w.Write("SV1", X12Element.Composite(["HC", line.Code, .. line.Modifiers]), X12Text.Amount(line.Charge), "UN",
                X12Text.Number(line.Units), null, null, X12Element.Composite([.. line.Pointers.Select(X12Text.Number)]));
            w.Write("DTP", "472", "D8", X12Text.Date(line.ServiceDate));
            X12PartyWriter.Drug(w, line.Drug);
        }
    }
}
