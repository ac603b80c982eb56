using OncologyBilling.Api;
using OncologyBilling.LoadHost;
using Serilog;
using Serilog.Formatting.Compact;

// The API's own Program.cs, plus the ready-made-claim endpoint: same services, same middleware, same settings.
Log.Logger = new LoggerConfiguration().WriteTo.Console(new RenderedCompactJsonFormatter()).CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddScrubberApi();
    var app = builder.Build();
    app.UseScrubberApi();
    app.MapReadyMadeClaim();
    await app.RunAsync();
}
finally
{
    await Log.CloseAndFlushAsync();
}
