using BenchmarkDotNet.Running;
using OncologyBilling.Benchmarks;

// dotnet run -c Release --project tests/OncologyBilling.Benchmarks -- --filter '*'   (see docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(ScrubBenchmarks).Assembly).Run(args, BenchmarkConfig.Create());
