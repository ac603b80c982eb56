using Microsoft.Extensions.DependencyInjection.Extensions;
using OncologyBilling.X12.Rendering;

namespace OncologyBilling.Api.Rendering;

internal static class ClaimRenderingServiceCollectionExtensions
{
    /// <summary>The claim representations: X12 from configuration section X12 (docs/x12.md), chosen by <see cref="ClaimResponder"/>.</summary>
    public static IServiceCollection AddClaimRendering(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(X12Options.SectionName).Get<X12Options>() ?? new X12Options();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new X12ClaimRenderer(options, sp.GetRequiredService<TimeProvider>()));
        return services.AddSingleton<ClaimResponder>();
    }
}
