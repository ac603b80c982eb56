using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OncologyBilling.Scrubber.Estimate;
using OncologyBilling.Scrubber.Rules.Administration;
using OncologyBilling.Scrubber.Rules.Diagnoses;

namespace OncologyBilling.Scrubber.Pipeline;

public static class ScrubberServiceCollectionExtensions
{
    // Pipeline order, reviewed like code that moves money:
    // classify → administration codes → drug lines → diagnoses → edits (edits add findings only) → pointers.
    private static readonly Type[] Pipeline =
    [
        typeof(ClassifyAdministrationsStage),
        typeof(ChemotherapyInitialStage),
        typeof(DiagnosisSequencingStage),
        typeof(DiagnosisPointerStage),
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
