using OncologyBilling.X12.Writing;

namespace OncologyBilling.X12.Rendering;

/// <summary>
/// Renders a scrubbed claim as one X12 interchange: 837P for a professional claim, 837I for an institutional one. When a
/// value a real submission needs is missing or cannot be carried, the answer is the list of problems, never a made-up value.
/// </summary>
public sealed class X12ClaimRenderer(X12Options options, TimeProvider time)
{
    public X12Rendering Render(X12Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var (doc, problems) = X12DocumentBuilder.Build(claim, options, time.GetUtcNow());
        if (doc is null)
        {
            return new X12Rendering(null, problems);
        }

        var professional = claim.Result.ClaimType == ClaimType.Professional;
        var writer = new X12SegmentWriter(X12Delimiters.Default);
        X12EnvelopeWriter.Begin(writer, doc.Envelope, professional ? Professional837Writer.Version : Institutional837Writer.Version);
        X12PartyWriter.Write(writer, doc);
        if (professional)
        {
            Professional837Writer.WriteClaim(writer, doc);
        }
        else
        {
            Institutional837Writer.WriteClaim(writer, doc);
        }

        X12EnvelopeWriter.End(writer, doc.Envelope);
        return new X12Rendering(writer.ToString(), []);
    }
}
