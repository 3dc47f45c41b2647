using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Linq;
using System.Runtime;
using CatalogSdk.Benchmarks.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CatalogSdk.Generator;

namespace CatalogSdk.Benchmarks.Generation;

/// <summary>
/// <c>--generator-cold</c>: the generator's first run in a new process, as each compiler process without the compiler
/// server makes it. First a driver with no generator runs once over the same compilation (so that the compiler's own
/// code is compiled by the JIT before the measurement starts), then the CatalogSdk generator runs on the shipped
/// catalogue and its lock: its wall time, and the methods the JIT compiled meanwhile, split by the namespace they belong
/// to (from the runtime's JIT events). Then a second run with a new driver, whose code is compiled already. One
/// process, one sample: run it several times.
/// </summary>
public static class GeneratorColdProbe
{
    public static int Run(bool steps)
    {
        var catalogue = CatalogueCase.Load(CatalogueCase.Shipped);
        if (steps)
        {
            return RunSteps(catalogue);
        }

        var compilation = GeneratorHarness.Compilation(GeneratorHarness.Source("/src/MyHospital/Program.cs", "namespace MyHospital { internal static class Program { private static void Main() { } } }"));
        var texts = GeneratorHarness.AdditionalTexts(new[] { catalogue });

        // The compiler's own driver code, compiled before anything is measured.
        CSharpGeneratorDriver.Create(Array.Empty<ISourceGenerator>(), texts, GeneratorHarness.ParseOptions).RunGenerators(compilation);

        using var listener = new JitListener();
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var stopwatch = Stopwatch.StartNew();
        var driver = GeneratorHarness.CreateDriver(new[] { catalogue }).RunGenerators(compilation);
        var cold = stopwatch.Elapsed;
        var jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        GeneratorHarness.Verify(driver, expectedCatalogues: 1);
        var counts = listener.Snapshot();

        stopwatch.Restart();
        GeneratorHarness.Verify(GeneratorHarness.CreateDriver(new[] { catalogue }).RunGenerators(compilation), expectedCatalogues: 1);
        var warm = stopwatch.Elapsed;

        Console.WriteLine($"first generator run: {cold.TotalMilliseconds:F1} ms (JIT time meanwhile {jit.TotalMilliseconds:F1} ms); second, new driver: {warm.TotalMilliseconds:F1} ms");
        Console.WriteLine("methods compiled by the JIT during the first run, by namespace (methods, bytes of IL):");
        foreach (var (ns, methods, il) in counts.OrderByDescending(c => c.Methods))
        {
            Console.WriteLine($"  {methods,6} {il,8}  {ns}");
        }

        return 0;
    }

    /// <summary>
    /// <c>--generator-cold steps</c>: the generator's own steps, cold, one after the other, each with what the JIT
    /// compiled for it: parse and lock reconciliation (<see cref="ParsedCatalogue.Parse"/>), then the emitter.
    /// </summary>
    private static int RunSteps(CatalogueFiles catalogue)
    {
        var input = new CatalogueInput(catalogue.Path, catalogue.Text, "utf-8", catalogue.Namespace, LockPathSetting: null);
        var lockInput = new LockInput(catalogue.LockPath, catalogue.LockText!);
        var settings = new GeneratorSettings("MyHospital", null, RequireLock: false);
        var stopwatch = Stopwatch.StartNew();
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var parsed = ParsedCatalogue.Parse(input, lockInput, settings, System.Threading.CancellationToken.None);
        Report("parse + lock", stopwatch, ref methods, ref jit);
        var length = 0;
        foreach (var (_, source) in new CatalogSdk.Generator.Emit.CatalogueEmitter(parsed, nullableAnnotations: true).Emit())
        {
            length += source.Length;
        }

        Report("emit (" + length + " characters)", stopwatch, ref methods, ref jit);
        parsed = ParsedCatalogue.Parse(input, lockInput, settings, System.Threading.CancellationToken.None);
        Report("parse + lock, again", stopwatch, ref methods, ref jit);
        foreach (var (_, source) in new CatalogSdk.Generator.Emit.CatalogueEmitter(parsed, nullableAnnotations: true).Emit())
        {
            length += source.Length;
        }

        Report("emit, again", stopwatch, ref methods, ref jit);
        return 0;
    }

    private static void Report(string step, Stopwatch stopwatch, ref long methods, ref TimeSpan jit)
    {
        var nowMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var nowJit = System.Runtime.JitInfo.GetCompilationTime();
        Console.WriteLine($"{step}: {stopwatch.Elapsed.TotalMilliseconds:F1} ms, of which JIT {(nowJit - jit).TotalMilliseconds:F1} ms for {nowMethods - methods} methods");
        methods = nowMethods;
        jit = nowJit;
        stopwatch.Restart();
    }

    /// <summary>Counts the runtime's MethodJittingStarted events by the method's namespace (its first two parts).</summary>
    private sealed class JitListener : EventListener
    {
        private readonly Dictionary<string, (int Methods, long Il)> _counts = new(StringComparer.Ordinal);

        public List<(string Namespace, int Methods, long Il)> Snapshot()
        {
            lock (_counts)
            {
                return _counts.Select(c => (c.Key, c.Value.Methods, c.Value.Il)).ToList();
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10); // JIT keyword
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "MethodJittingStarted_V1" || e.Payload is null)
            {
                return;
            }

            var ns = e.PayloadNames!.IndexOf("MethodNamespace") is var i and >= 0 ? e.Payload[i] as string ?? "?" : "?";
            var il = e.PayloadNames.IndexOf("MethodILSize") is var j and >= 0 ? Convert.ToInt64(e.Payload[j], System.Globalization.CultureInfo.InvariantCulture) : 0;
            var parts = ns.Split('.');
            var key = parts.Length >= 2 ? parts[0] + "." + parts[1] : ns;
            lock (_counts)
            {
                _counts[key] = _counts.TryGetValue(key, out var c) ? (c.Methods + 1, c.Il + il) : (1, il);
            }
        }
    }
}
