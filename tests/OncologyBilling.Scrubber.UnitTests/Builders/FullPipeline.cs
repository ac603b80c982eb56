using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OncologyBilling.ReferenceData;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.UnitTests.Builders;

/// <summary>Every registered stage in pipeline order, on the embedded tables plus the NCCI PTP extract (<see cref="PtpExtract"/>).</summary>
internal static class FullPipeline
{
    private static readonly IScrubStage[] Stages = [.. new ServiceCollection().AddClaimScrubber().BuildServiceProvider().GetServices<IScrubStage>()];

    public static ScrubResult Scrub(Encounter encounter, ScrubberOptions? options = null, ReferenceDataSet? data = null) =>
        new ClaimScrubber(Stages, new Fixed(data ?? PtpExtract.Data), options ?? new ScrubberOptions(), NullLogger<ClaimScrubber>.Instance)
            .Scrub(encounter with { IncludeEstimate = false });

    /// <summary>Lines as the scenario files write them: "CODE[-MOD] xUNITS", modifiers sorted, in claim order.</summary>
    public static string[] Lines(ScrubResult result, LineKind kind) =>
        [.. result.Lines.Where(l => l.Line.Kind == kind).Select(l => string.Join('-', l.Line.Modifiers.Order(StringComparer.Ordinal).Prepend(l.Line.Code)) + $" x{l.Line.Units}")];

    private sealed class Fixed(ReferenceDataSet data) : IReferenceDataProvider
    {
        public bool IsReady => true;

        public ReferenceDataSet Current => data;
    }
}
