using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OncologyBilling.Scrubber.Estimate;
using OncologyBilling.Scrubber.Rules.Administration;
using OncologyBilling.Scrubber.Rules.Diagnoses;
using OncologyBilling.Scrubber.Rules.Drugs;
using OncologyBilling.Scrubber.Rules.Edits;
using OncologyBilling.Scrubber.Rules.Services;

namespace OncologyBilling.Scrubber.Pipeline;

public static class ScrubberServiceCollectionExtensions
{
    // Pipeline order, reviewed like code that moves money:
    // classify (and reclassify hormonal agents treating no neoplasm) → administration codes → drug lines → diagnoses →
    // services → edits (PTP before add-on: an add-on whose primary PTP removed goes too) → pointers → revenue codes
    // (last: every line exists).
    private static readonly Type[] Pipeline =
    [
        typeof(ClassifyAdministrationsStage),
        typeof(HormonalWithoutNeoplasmStage),
        typeof(BuildTimelineStage),
        typeof(InitialServiceStage),
        typeof(CodeServicesStage),
        typeof(ServiceCodeFixStage),
        typeof(DrugLineStage),
        typeof(DiagnosisValidityStage),
        typeof(DiagnosisSequencingStage),
        typeof(ServiceLineStage),
        typeof(PtpEditStage),
        typeof(AddOnEditStage),
        typeof(MueEditStage),
        typeof(DiagnosisPointerStage),
        typeof(RevenueCodeStage),
    ];

    public static IReadOnlyList<Type> Stages => Pipeline;

    public static IServiceCollection AddClaimScrubber(this IServiceCollection services, ScrubberOptions? options = null)
    {
        foreach (var stage in Pipeline)
        {
            services.AddSingleton(typeof(IScrubStage), stage);
        }

        services.TryAddSingleton<IReferenceDataProvider, EmbeddedReferenceDataProvider>();
        services.TryAddSingleton(options ?? new ScrubberOptions());
        services.TryAddSingleton<SiteOfCareEstimator>();
        return services.AddSingleton<ClaimScrubber>();
    }
}
