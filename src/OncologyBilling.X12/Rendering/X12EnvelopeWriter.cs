using OncologyBilling.X12.Writing;

namespace OncologyBilling.X12.Rendering;

/// <summary>ISA/GS/ST/BHT at the start, SE/GE/IEA at the end: one interchange, one group, one 837 transaction.</summary>
internal static class X12EnvelopeWriter
{
    public const string TransactionControlNumber = "0001";

    public static void Begin(X12SegmentWriter w, X12Envelope e, string version)
    {
        var d = w.Delimiters;
        w.WriteInterchangeHeader(
        [
            "00", new string(' ', 10), "00", new string(' ', 10),
            e.SenderQualifier, e.SenderId.PadRight(15), e.ReceiverQualifier, e.ReceiverId.PadRight(15),
            X12Text.ShortDate(e.Created), X12Text.Time(e.Created), d.Repetition.ToString(), "00501", e.ControlNumber, "0", e.Usage,
            d.Component.ToString(),
        ]);
        w.Write("GS", "HC", e.ApplicationSender, e.ApplicationReceiver, X12Text.LongDate(e.Created), X12Text.Time(e.Created),
            GroupControlNumber(e), "X", version);
        w.BeginTransaction();
        w.Write("ST", "837", TransactionControlNumber, version);
        // BHT02 00 original, BHT06 CH chargeable (fee-for-service claims).
        w.Write("BHT", "0019", "00", e.Reference, X12Text.LongDate(e.Created), X12Text.Time(e.Created), "CH");
    }

    public static void End(X12SegmentWriter w, X12Envelope e)
    {
        w.Write("SE", X12Text.Number(w.TransactionSegmentCount + 1), TransactionControlNumber);
        w.Write("GE", "1", GroupControlNumber(e));
        w.Write("IEA", "1", e.ControlNumber);
    }

    // GS06 is numeric up to 9 digits; the interchange's number without its leading zeros.
    private static string GroupControlNumber(X12Envelope e) => e.ControlNumber.TrimStart('0');
}
