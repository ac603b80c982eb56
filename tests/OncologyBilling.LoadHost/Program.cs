using OncologyBilling.Api;
using OncologyBilling.LoadHost;

// The API's own process (same services, middleware and settings) plus the ready-made-claim endpoints.
await ApiHost.RunAsync(args, app => app.MapReadyMadeClaim());
