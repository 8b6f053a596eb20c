using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/SegRules.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SegRules.Benchmarks.EvaluateBenchmarks).Assembly).Run(args);
