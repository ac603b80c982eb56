namespace OncologyBilling.Api.Batch;

internal static class BatchServiceCollectionExtensions
{
    public static IServiceCollection AddBatchScrubbing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BatchOptions>(configuration.GetSection(BatchOptions.SectionName));
        services.AddHostedService<ScrubWarmUp>();
        return services.AddSingleton<BatchScrubber>();
    }
}
