using OncologyBilling.Api;
using Serilog;
using Serilog.Formatting.Compact;

// Not CreateBootstrapLogger: tests start many hosts in one process.
Log.Logger = new LoggerConfiguration().WriteTo.Console(new RenderedCompactJsonFormatter()).CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddScrubberApi();
    var app = builder.Build();
    app.UseScrubberApi();
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
