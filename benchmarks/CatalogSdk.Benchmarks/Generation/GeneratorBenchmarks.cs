using System;
using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CatalogSdk.Benchmarks.Support;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Generator;
using CatalogSdk.Generator.Emit;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Benchmarks.Generation;

/// <summary>
/// A cold run of the generator on one catalogue, and its own steps measured apart. Targets: the shipped catalogue
/// parses and emits (<see cref="ParseAndEmit"/>) in at most 5 ms, a 50k-procedure catalogue in at most 0.5 s, and
/// time grows linearly (50k / 10k at most 6). The catalogues are described by <see cref="CatalogueCase"/>.
/// <list type="bullet">
/// <item><see cref="GeneratorDriverRun"/> (baseline): what the compiler does at the start of a build — a new
/// <see cref="CSharpGeneratorDriver"/> runs the whole pipeline over a minimal compilation.</item>
/// <item><see cref="ParseAndEmit"/>: the generator's own work in that run — parse, reconcile with the lock, emit the
/// five files (the pipeline's Parsed step and its source output).</item>
/// <item><see cref="Parse"/>: <see cref="CatalogueParser.Parse"/> alone; <see cref="Emit"/>: the emitter alone, on a
/// catalogue parsed beforehand.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5, id: "Generator")]
public class GeneratorBenchmarks
{
    private CatalogueFiles _catalogue = null!;
    private Compilation _compilation = null!;
    private CatalogueInput _input = null!;
    private LockInput? _lock;
    private GeneratorSettings _settings = null!;
    private ParsedCatalogue _parsed = null!;

    /// <summary>The catalogue: the shipped one, or a synthetic one of 1k, 10k or 50k procedures, with or without a lock.</summary>
    [ParamsSource(nameof(Catalogues))]
    public string Catalogue { get; set; } = CatalogueCase.Shipped;

    public static IEnumerable<string> Catalogues => CatalogueCase.All;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueCase.Load(Catalogue);
        _compilation = GeneratorHarness.Compilation(GeneratorHarness.Source("/src/MyHospital/Program.cs", "namespace MyHospital { internal static class Program { private static void Main() { } } }"));
        _input = new CatalogueInput(_catalogue.Path, _catalogue.Text, "utf-8", _catalogue.Namespace, LockPathSetting: null);
        _lock = _catalogue.LockText is null ? null : new LockInput(_catalogue.LockPath, _catalogue.LockText);
        _settings = new GeneratorSettings("MyHospital", null, RequireLock: false);
        _parsed = ParsedCatalogue.Parse(_input, _lock, _settings, CancellationToken.None);

        // A benchmark of a run that failed would measure nothing: the run must make five files and report nothing
        // (but CSDK2000, "no lock file", for the cases without one).
        GeneratorHarness.Verify(GeneratorDriverRun(), expectedCatalogues: 1, _lock is null ? new[] { "CSDK2000" } : Array.Empty<string>());
    }

    [Benchmark(Baseline = true, Description = "Generator run (CSharpGeneratorDriver, cold)")]
    public GeneratorDriver GeneratorDriverRun() =>
        GeneratorHarness.CreateDriver(new[] { _catalogue }).RunGenerators(_compilation);

    [Benchmark(Description = "Parse + lock + emit (the generator's own steps)")]
    public int ParseAndEmit()
    {
        var parsed = ParsedCatalogue.Parse(_input, _lock, _settings, CancellationToken.None);
        return EmitAll(parsed);
    }

    [Benchmark(Description = "Parse (CatalogueParser.Parse)")]
    public object Parse() => CatalogueParser.Parse(_input.Path, _input.Text, _input.EncodingName, CancellationToken.None);

    [Benchmark(Description = "Emit (CatalogueEmitter, 5 files)")]
    public int Emit() => EmitAll(_parsed);

    private static int EmitAll(ParsedCatalogue parsed)
    {
        var length = 0;
        foreach (var (_, source) in new CatalogueEmitter(parsed, nullableAnnotations: true).Emit())
        {
            length += source.Length;
        }

        return length;
    }
}
