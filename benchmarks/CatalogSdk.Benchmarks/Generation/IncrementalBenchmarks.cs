using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CatalogSdk.Benchmarks.Support;
using CatalogSdk.Generator;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Benchmarks.Generation;

/// <summary>
/// The generator while someone types, in a project with two catalogues, each with its lock: the shipped national one
/// (172 entries) and a hospital's own (synthetic, 1k procedures). Every benchmark starts from the same state — a driver
/// that has already run once on the project — because drivers are immutable, as the IDE's are.
/// <list type="bullet">
/// <item><see cref="ColdRun"/> (baseline): a new driver runs the generator on the project, as at the start of a build.</item>
/// <item><see cref="UnrelatedCSharpEdit"/>: an edit to a C# file the generator does not read. Target: at most 2% of a cold run.</item>
/// <item><see cref="EditShippedCatalogue"/>, <see cref="EditHospitalCatalogue"/>: a procedure added to one of the two
/// catalogues. Target: only that catalogue's outputs are rebuilt (checked step by step in the setup).</item>
/// </list>
/// A new compilation is made for every run that sees a C# edit, as the compiler and the IDE do; the cold run gets one too
/// so that both pay for it alike.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10, id: "Incremental")]
public class IncrementalBenchmarks
{
    private const string UserPath = "/src/MyHospital/Scheduling.cs";

    private CatalogueFiles[] _catalogues = null!;
    private ImmutableArray<AdditionalText> _texts;
    private ProjectEdits _compilations = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _shipped = null!;
    private AdditionalText _shippedEdited = null!;
    private AdditionalText _hospital = null!;
    private AdditionalText _hospitalEdited = null!;

    [GlobalSetup]
    public void Setup()
    {
        var shipped = CatalogueCase.Load(CatalogueCase.Shipped);
        var hospital = CatalogueCase.Synthetic(1000, "hospital.txt", "MyHospital.Hospital", withLock: true);
        _catalogues = new[] { shipped, hospital };
        _texts = GeneratorHarness.AdditionalTexts(_catalogues);
        _shipped = _texts.Single(t => t.Path == shipped.Path);
        _hospital = _texts.Single(t => t.Path == hospital.Path);

        // A procedure added at the end (under the last grade heading). Either catalogue then drifts from its lock, which
        // the generator reports until 'catalog lock update' accepts it: the edit as a developer makes it.
        _shippedEdited = GeneratorHarness.Text(shipped.Path, shipped.Text + "\n经皮肝穿刺胆道引流术（双侧）\n");
        _hospitalEdited = GeneratorHarness.Text(hospital.Path, hospital.Text + "\n经皮肝穿刺胆道引流术（双侧）\n");

        _compilations = new ProjectEdits(UserPath);
        _warm = GeneratorHarness.CreateDriver(_catalogues, _texts).RunGenerators(_compilations.Original);
        GeneratorHarness.Verify(_warm, expectedCatalogues: 2);
        CheckIncrementality();
    }

    [Benchmark(Baseline = true, Description = "Cold run (new driver, 2 catalogues)")]
    public GeneratorDriver ColdRun() =>
        GeneratorHarness.CreateDriver(_catalogues, _texts).RunGenerators(_compilations.Next());

    [Benchmark(Description = "Unrelated C# edit")]
    public GeneratorDriver UnrelatedCSharpEdit() => _warm.RunGenerators(_compilations.Next());

    [Benchmark(Description = "Edit shipped catalogue (172)")]
    public GeneratorDriver EditShippedCatalogue() =>
        _warm.ReplaceAdditionalText(_shipped, _shippedEdited).RunGenerators(_compilations.Original);

    [Benchmark(Description = "Edit hospital catalogue (1k)")]
    public GeneratorDriver EditHospitalCatalogue() =>
        _warm.ReplaceAdditionalText(_hospital, _hospitalEdited).RunGenerators(_compilations.Original);

    /// <summary>
    /// The targets that are about what is rebuilt, not how fast: checked with step tracking on (the timed drivers have
    /// it off, as in a build). Throws when an edit rebuilds more than it should.
    /// </summary>
    private void CheckIncrementality()
    {
        var warm = GeneratorHarness.CreateDriver(_catalogues, _texts, trackSteps: true).RunGenerators(_compilations.Original);

        var unrelated = warm.RunGenerators(_compilations.Next()).GetRunResult().Results.Single();
        var reasons = unrelated.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        if (reasons.Count != 2 || reasons.Any(r => r != IncrementalStepRunReason.Cached))
        {
            throw new InvalidOperationException("An unrelated C# edit re-ran source output: " + string.Join(", ", reasons));
        }

        CheckOnlyRebuilt(warm.ReplaceAdditionalText(_shipped, _shippedEdited).RunGenerators(_compilations.Original), "interventional.txt");
        CheckOnlyRebuilt(warm.ReplaceAdditionalText(_hospital, _hospitalEdited).RunGenerators(_compilations.Original), "hospital.txt");
    }

    private static void CheckOnlyRebuilt(GeneratorDriver driver, string editedFileName)
    {
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in result.TrackedSteps[CatalogueGenerator.TrackingNames.EmitInputs])
        {
            foreach (var (value, reason) in step.Outputs)
            {
                var fileName = ((EmitInput)value).Catalogue.FileName;
                var rebuilt = reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified;
                if (rebuilt != (fileName == editedFileName))
                {
                    throw new InvalidOperationException("After an edit to " + editedFileName + ", the emit input of " + fileName + " was " + reason + ".");
                }
            }
        }

        var sources = result.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        if (sources.Count(r => r == IncrementalStepRunReason.Cached) != 1 || sources.Count(r => r == IncrementalStepRunReason.Modified) != 1)
        {
            throw new InvalidOperationException("After an edit to " + editedFileName + ", source output ran as: " + string.Join(", ", sources));
        }
    }

    /// <summary>
    /// The project's compilation and edits of one of its C# files: each call to <see cref="Next"/> is a new compilation
    /// (the file with one more statement than the last), as after a keystroke.
    /// </summary>
    private sealed class ProjectEdits
    {
        private readonly SyntaxTree _tree;
        private readonly SyntaxTree[] _edits;
        private int _next;

        public ProjectEdits(string path)
        {
            _tree = GeneratorHarness.Source(path, Scheduling(0));
            _edits = new[] { GeneratorHarness.Source(path, Scheduling(1)), GeneratorHarness.Source(path, Scheduling(2)) };
            Original = GeneratorHarness.Compilation(_tree, GeneratorHarness.Source("/src/MyHospital/Program.cs", "namespace MyHospital { internal static class Program { private static void Main() { } } }"));
        }

        public Compilation Original { get; }

        public Compilation Next() => Original.ReplaceSyntaxTree(_tree, _edits[_next++ & 1]);

        private static string Scheduling(int extra) =>
            "namespace MyHospital\n{\n    internal static class Scheduling\n    {\n        public static int Slots(int rooms)\n        {\n            var slots = rooms * 8;\n" +
            string.Concat(Enumerable.Repeat("            slots += rooms;\n", extra)) +
            "            return slots;\n        }\n    }\n}\n";
    }
}
