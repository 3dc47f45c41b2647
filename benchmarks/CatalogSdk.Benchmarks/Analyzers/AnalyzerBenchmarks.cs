using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CatalogSdk.Analyzers;
using CatalogSdk.Benchmarks.Support;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CatalogSdk.Benchmarks.Analyzers;

/// <summary>
/// What the analyzers add to a build. The project: the shipped catalogue in a later edition that retires a few
/// procedures (its lock, as <c>catalog lock update --edition 2025</c> writes it, keeps them as retired members), the
/// generated code, and 200 files of hospital code that use the catalogue the ways the analyzers look at — grade
/// comparisons, switches over procedures, dictionary and collection initialisers, tuples, [ExpectedGrade], name
/// literals — and that break no rule, as in a clean build: 5,000 references to procedures in all (25 a file; the setup
/// counts them and stops if the count differs).
/// <list type="bullet">
/// <item><see cref="CompilerOnly"/> (baseline): the compiler's own diagnostics (binding every method body).</item>
/// <item>The same with each analyzer, with the two that fail a build, and with all three: the Ratio column is what they
/// cost on top.</item>
/// <item><see cref="DoNothingAnalyzer"/>: an analyzer that asks for the same operations and syntax nodes as the three
/// together and does nothing with them — what the compiler's analyzer driver costs before any analyzer code runs.
/// A build of a .NET project always runs analyzers (the .NET SDK's own), so it pays part of this already.</item>
/// <item><see cref="SdkAnalyzers"/> and <see cref="SdkAndCatalogSdkAnalyzers"/>: the analyzers of the .NET SDK that
/// runs the benchmark (Microsoft.CodeAnalysis.NetAnalyzers, every rule enabled by default), alone and with the three:
/// what CatalogSdk's analyzers add to a compilation that runs analyzers already, as every build of a .NET project does.</item>
/// <item>CSDK3004 (info) reports the name literals, as it does in a codebase that has not migrated to the constants.</item>
/// </list>
/// Every run starts from a fresh clone of the compilation (parsed trees, no semantic caches), as a new build would.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5, id: "Analyzers")]
public class AnalyzerBenchmarks
{
    private const int UserFiles = 200;

    /// <summary>Procedures each file uses; with the code <see cref="UserCode"/> writes, 25 references a file.</summary>
    private const int ProceduresPerFile = 5;

    private const int ExpectedReferences = 5_000;

    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = LaterEdition(out var current);
        var trees = Enumerable.Range(0, UserFiles).Select(i => GeneratorHarness.Source("/src/MyHospital/Scheduling" + i.ToString(CultureInfo.InvariantCulture) + ".cs", UserCode(i, current))).ToArray();
        var driver = GeneratorHarness.CreateDriver(new[] { catalogue }).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(trees), out var output, out _);
        GeneratorHarness.Verify(driver, expectedCatalogues: 1);

        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark project does not compile: " + string.Join(Environment.NewLine, errors.Take(10)));
        }

        var references = trees.Sum(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax>()
            .Count(m => m.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { Identifier.ValueText: "Procedure" }));
        if (references != ExpectedReferences)
        {
            throw new InvalidOperationException("The user code holds " + references + " references to procedures, not " + ExpectedReferences + ".");
        }

        _compilation = output;
        var failures = Analyze(s_sdkAnalyzers.Value.Concat(new DiagnosticAnalyzer[] { new RetiredProcedureAnalyzer(), new ProcedureGradeAnalyzer(), new ProcedureNameLiteralAnalyzer() }).ToArray())
            .Where(d => d.Id == "AD0001").ToList();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw: " + string.Join(Environment.NewLine, failures));
        }
    }

    [Benchmark(Baseline = true, Description = "Compiler diagnostics only")]
    public int CompilerOnly() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Description = "+ RetiredProcedureAnalyzer")]
    public int RetiredProcedure() => Analyze(new RetiredProcedureAnalyzer()).Length;

    [Benchmark(Description = "+ ProcedureGradeAnalyzer")]
    public int ProcedureGrade() => Analyze(new ProcedureGradeAnalyzer()).Length;

    /// <summary>CSDK3004 looks at every string literal; the name literals of the user code are what it reports.</summary>
    [Benchmark(Description = "+ ProcedureNameLiteralAnalyzer")]
    public int ProcedureNameLiteral() => Analyze(new ProcedureNameLiteralAnalyzer()).Length;

    [Benchmark(Description = "+ both analyzers")]
    public int BothAnalyzers() => Analyze(new RetiredProcedureAnalyzer(), new ProcedureGradeAnalyzer()).Length;

    [Benchmark(Description = "+ all three analyzers")]
    public int AllAnalyzers() => Analyze(new RetiredProcedureAnalyzer(), new ProcedureGradeAnalyzer(), new ProcedureNameLiteralAnalyzer()).Length;

    [Benchmark(Description = "+ the .NET SDK's analyzers")]
    public int SdkAnalyzers() => Analyze(s_sdkAnalyzers.Value).Length;

    [Benchmark(Description = "+ the .NET SDK's analyzers + all three")]
    public int SdkAndCatalogSdkAnalyzers() =>
        Analyze(s_sdkAnalyzers.Value.Concat(new DiagnosticAnalyzer[] { new RetiredProcedureAnalyzer(), new ProcedureGradeAnalyzer(), new ProcedureNameLiteralAnalyzer() }).ToArray()).Length;

    [Benchmark(Description = "+ a do-nothing analyzer (the same requests)")]
    public int DoNothingAnalyzer() => Analyze(new DoNothing()).Length;

    [Benchmark(Description = "+ the do-nothing analyzer + all three")]
    public int DoNothingAndAllAnalyzers() => Analyze(new DoNothing(), new RetiredProcedureAnalyzer(), new ProcedureGradeAnalyzer(), new ProcedureNameLiteralAnalyzer()).Length;

    /// <summary>
    /// The C# analyzers of the newest .NET SDK installed beside the running runtime
    /// (<c>sdk/&lt;version&gt;/Sdks/Microsoft.NET.Sdk/analyzers</c>), as a build gives them to the compiler.
    /// </summary>
    private static readonly Lazy<DiagnosticAnalyzer[]> s_sdkAnalyzers = new(() =>
    {
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var folder = System.IO.Directory.GetDirectories(System.IO.Path.Combine(root, "sdk"))
            .Select(d => System.IO.Path.Combine(d, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
            .Where(System.IO.Directory.Exists)
            .OrderBy(d => d, StringComparer.Ordinal)
            .LastOrDefault() ?? throw new InvalidOperationException("No .NET SDK analyzers found under " + root + "/sdk.");
        var loader = new AssemblyLoader();
        var analyzers = new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .SelectMany(f => new AnalyzerFileReference(System.IO.Path.Combine(folder, f), loader).GetAnalyzers(LanguageNames.CSharp))
            .ToArray();
        if (analyzers.Length < 50)
        {
            throw new InvalidOperationException("Only " + analyzers.Length + " analyzers loaded from " + folder + ".");
        }

        return analyzers;
    });

    private ImmutableArray<Diagnostic> Analyze(params DiagnosticAnalyzer[] analyzers) =>
        _compilation.Clone()
            .WithAnalyzers(analyzers.ToImmutableArray(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
            .GetAllDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();

    /// <summary>
    /// The shipped catalogue without every 30th procedure, and the lock that accepts that (the removed ones retired in
    /// 2025). <paramref name="current"/>: the procedures still listed, as the generator names them.
    /// </summary>
    private static CatalogueFiles LaterEdition(out IReadOnlyList<(string Identifier, string Name, SurgicalGrade Grade)> current)
    {
        const string FileName = "interventional.txt";
        var text = RepositoryFiles.ShippedCatalogueText;
        var shipped = CatalogueParser.Parse("/" + FileName, text);
        var removedLines = new HashSet<int>(shipped.Procedures.Where((p, i) => i % 30 == 29 && !p.IsCatchAll).SelectMany(p => p.Lines));
        var lines = text.Split('\n');
        var edited = string.Join("\n", lines.Where((_, i) => !removedLines.Contains(i + 1)));

        var document = CatalogueParser.Parse("/" + FileName, edited);
        var oldLock = LockFormat.Read("/interventional.lock", RepositoryFiles.ShippedLockText);
        var locked = LockReconciler.Reconcile(document, oldLock, "2025");
        if (!locked.Retired.Any() && !locked.Accepted.Any(e => e.IsRetired))
        {
            throw new InvalidOperationException("The later edition retires nothing.");
        }

        var files = new CatalogueFiles(FileName, edited, LockFormat.Write(FileName, locked.Accepted), "MyHospital.Interventional");
        var parsed = ParsedCatalogue.Parse(
            new CatalogueInput(files.Path, files.Text, "utf-8", files.Namespace, LockPathSetting: null),
            new LockInput(files.LockPath, files.LockText),
            new GeneratorSettings("MyHospital", null, RequireLock: false),
            CancellationToken.None);
        current = parsed.Effective.Procedures.Where(p => !p.IsCatchAll).Select(p => (p.Identifier, p.Name, p.Grade)).ToList();
        return files;
    }

    /// <summary>One file of hospital code: catalogue use of every kind the analyzers inspect, and ordinary code around it.</summary>
    private static string UserCode(int index, IReadOnlyList<(string Identifier, string Name, SurgicalGrade Grade)> procedures)
    {
        // Each file uses a few procedures, a different slice of the catalogue each time.
        var mine = Enumerable.Range(0, ProceduresPerFile).Select(i => procedures[((index * ProceduresPerFile) + i) % procedures.Count]).ToList();
        string Member((string Identifier, string Name, SurgicalGrade Grade) p) => "Procedure." + p.Identifier;
        string GradeOf((string Identifier, string Name, SurgicalGrade Grade) p) => "SurgicalGrade.Grade" + ((int)p.Grade).ToString(CultureInfo.InvariantCulture);
        string Literal(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

        var n = index.ToString(CultureInfo.InvariantCulture);
        var code = new StringBuilder();
        code.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing CatalogSdk;\nusing MyHospital.Interventional;\n\n");
        code.Append("namespace MyHospital.Scheduling").Append(n).Append("\n{\n");
        code.Append("    public sealed class Theatre").Append(n).Append("\n    {\n");

        code.Append("        private static readonly Dictionary<Procedure, SurgicalGrade> s_expected = new Dictionary<Procedure, SurgicalGrade>\n        {\n");
        foreach (var p in mine.Take(ProceduresPerFile / 2))
        {
            code.Append("            [").Append(Member(p)).Append("] = ").Append(GradeOf(p)).Append(",\n");
        }

        code.Append("        };\n\n");
        code.Append("        private static readonly List<(Procedure Procedure, SurgicalGrade Grade)> s_pairs = new List<(Procedure Procedure, SurgicalGrade Grade)>\n        {\n");
        foreach (var p in mine.Skip(ProceduresPerFile / 2))
        {
            code.Append("            (").Append(Member(p)).Append(", ").Append(GradeOf(p)).Append("),\n");
        }

        code.Append("        };\n\n");

        code.Append("        public static SurgicalGrade Required(Procedure procedure)\n        {\n            switch (procedure)\n            {\n");
        foreach (var p in mine)
        {
            code.Append("                case ").Append(Member(p)).Append(": return ").Append(GradeOf(p)).Append(";\n");
        }

        code.Append("                default: return procedure.GetGrade();\n            }\n        }\n\n");

        code.Append("        public static int CountHighRisk()\n        {\n            var count = 0;\n");
        foreach (var p in mine)
        {
            code.Append("            if (").Append(Member(p)).Append(".GetGrade() == ").Append(GradeOf(p)).Append(") { count++; }\n");
        }

        code.Append("            return count;\n        }\n\n");

        code.Append("        public static string Describe(Procedure procedure) => procedure switch\n        {\n");
        foreach (var p in mine.Take(6))
        {
            code.Append("            ").Append(Member(p)).Append(" => ").Append(Literal(p.Name)).Append(",\n");
        }

        code.Append("            _ => procedure.GetName(),\n        };\n\n");

        foreach (var (p, i) in mine.Take(4).Select((p, i) => (p, i)))
        {
            code.Append("        [ExpectedGrade(").Append(Member(p)).Append(", ").Append(GradeOf(p)).Append(")]\n");
            code.Append("        public static bool Schedule").Append(i.ToString(CultureInfo.InvariantCulture)).Append("(string requested, DateTime day)\n        {\n");
            code.Append("            var info = Catalogue.Find(requested) ?? Catalogue.Find(").Append(Literal(p.Name)).Append(");\n");
            code.Append("            if (info is null || info.IsCatchAll) { return false; }\n");
            code.Append("            var slots = Enumerable.Range(0, 8).Select(h => day.Date.AddHours(8 + h)).Where(t => t.DayOfWeek != DayOfWeek.Sunday).ToList();\n");
            code.Append("            return slots.Count > 0 && info.Grade >= ").Append(GradeOf(p)).Append(" && s_expected.Count + s_pairs.Count > 0;\n        }\n\n");
        }

        code.Append("        public static string Summary(IEnumerable<Procedure> booked)\n        {\n");
        code.Append("            var byGrade = booked.GroupBy(p => p.GetGrade()).OrderBy(g => g.Key).Select(g => g.Key.GetLabel() + \": \" + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));\n");
        code.Append("            return (booked.Contains(").Append(Member(mine[0])).Append(") ? \"* \" : string.Empty) + string.Join(\"; \", byGrade);\n        }\n");
        code.Append("    }\n}\n");
        return code.ToString();
    }

    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }

    /// <summary>
    /// Asks the compiler for what the three analyzers ask for together (the same operation kinds and syntax nodes, on
    /// the same code) and does nothing with it.
    /// </summary>
    // Run in this process only, never handed to a compiler: the rules for shipped analyzers do not apply.
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class DoNothing : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_rule = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(
                _ => { },
                OperationKind.FieldReference,
                OperationKind.Literal,
                OperationKind.Binary,
                OperationKind.IsPattern,
                OperationKind.Switch,
                OperationKind.SwitchExpression,
                OperationKind.Invocation,
                OperationKind.SimpleAssignment,
                OperationKind.Tuple);
            context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.Attribute);
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
