using Serilog;
using Serilog.Formatting.Compact;

namespace OncologyBilling.Api;

/// <summary>The API process from start to stop: the logger, the one Add and one Use, and a fatal start-up logged.</summary>
internal static class ApiHost
{
    /// <param name="args">The command line.</param>
    /// <param name="mapMore">Endpoints added after the API's own; only the load host under tests/ passes any.</param>
    public static async Task RunAsync(string[] args, Action<WebApplication>? mapMore = null)
    {
        // Not CreateBootstrapLogger: tests start many hosts in one process.
        Log.Logger = new LoggerConfiguration().WriteTo.Console(new RenderedCompactJsonFormatter()).CreateLogger();
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.AddScrubberApi();
            var app = builder.Build();
            app.UseScrubberApi();
            mapMore?.Invoke(app);
            await app.RunAsync();
        }
        catch (Exception ex) when (ex is not HostAbortedException)
        {
            Log.Fatal(ex, "Host terminated unexpectedly");
            throw;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }
}
