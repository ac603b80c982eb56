await OncologyBilling.Api.ApiHost.RunAsync(args);
