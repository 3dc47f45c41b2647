using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CatalogSdk.Benchmarks.Support;

namespace CatalogSdk.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/CatalogSdk.Benchmarks -- --filter '*'</c>.
/// Each class sets its own job (see docs/performance.md); <c>--check</c> only runs every benchmark's setup checks
/// and each benchmark once, without measuring; <c>--first-use-jit</c> prints what the JIT compiles for the first lookup
/// of the process (see <see cref="Lookup.FirstUseJitProbe"/>); <c>--generator-cold</c> times the generator's first run in
/// a new process and what the JIT compiles for it (see <see cref="Generation.GeneratorColdProbe"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--check")
        {
            return SetupCheck.Run();
        }

        if (args.Length == 1 && args[0] == "--first-use-jit")
        {
            return Lookup.FirstUseJitProbe.Run();
        }

        if (args.Length >= 1 && args[0] == "--generator-cold")
        {
            return Generation.GeneratorColdProbe.Run(steps: args.Length == 2 && args[1] == "steps");
        }

        // BenchmarkDotNet builds a project around this one; on a busy 2-core machine that takes longer than its default 2 minutes.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
