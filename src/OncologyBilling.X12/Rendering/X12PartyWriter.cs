using OncologyBilling.X12.Writing;

namespace OncologyBilling.X12.Rendering;

/// <summary>Loops 1000A submitter, 1000B receiver, 2000A/2010AA billing provider, 2000B/2010BA subscriber and 2010BB payer.</summary>
internal static class X12PartyWriter
{
    public static void Write(X12SegmentWriter w, X12Document doc)
    {
        var s = doc.Submitter;
        w.Write("NM1", "41", "2", s.Name, null, null, null, null, "46", s.Id);
        w.Write("PER", "IC", s.ContactName, "TE", s.ContactPhone);
        w.Write("NM1", "40", "2", doc.Receiver.Name, null, null, null, null, "46", doc.Receiver.Id);

        var p = doc.BillingProvider;
        w.Write("HL", "1", null, "20", "1");
        if (p.Taxonomy is not null)
        {
            w.Write("PRV", "BI", "PXC", p.Taxonomy);
        }

        w.Write("NM1", "85", "2", p.Name, null, null, null, null, "XX", p.Npi);
        Address(w, p.Address);
        w.Write("REF", "EI", p.TaxId);

        var sub = doc.Subscriber;
        w.Write("HL", "2", "1", "22", "0");
        w.Write("SBR", "P", "18", null, null, null, null, null, null, doc.ClaimFilingIndicator);
        w.Write("NM1", "IL", "1", sub.LastName, sub.FirstName, null, null, null, "MI", sub.MemberId);
        Address(w, sub.Address);
        w.Write("DMG", "D8", X12Text.Date(sub.DateOfBirth), sub.Sex);
        w.Write("NM1", "PR", "2", doc.Payer.Name, null, null, null, null, "PI", doc.Payer.Id);
    }

    public static void Person(X12SegmentWriter w, string entity, X12Person person) =>
        w.Write("NM1", entity, "1", person.LastName, person.FirstName, null, null, null, "XX", person.Npi);

    public static void Drug(X12SegmentWriter w, X12Drug? drug)
    {
        if (drug is not null)
        {
            w.Write("LIN", null, "N4", drug.Ndc);
            w.Write("CTP", null, null, null, X12Text.Decimal(drug.Quantity), X12Element.Composite(drug.Unit));
        }
    }

    private static void Address(X12SegmentWriter w, X12Address a)
    {
        w.Write("N3", a.Line1, a.Line2);
        w.Write("N4", a.City, a.State, a.PostalCode);
    }
}
