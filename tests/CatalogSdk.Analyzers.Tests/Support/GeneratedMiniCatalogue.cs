using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using CatalogSdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Analyzers.Tests.Support;

/// <summary>
/// What the real generator emits for TestData/mini.txt and its lock (namespace <c>MyHospital.Mini</c>), as source files.
/// Code-fix tests add them as sources: the testing library runs generators for diagnostics, but a fix sees only the
/// workspace's documents.
/// </summary>
internal static class GeneratedMiniCatalogue
{
    public const string Namespace = "MyHospital.Mini";

    private static readonly Lazy<ImmutableArray<(string FileName, string Text)>> s_sources = new(Run);

    /// <summary>Each generated file, named <c>/0/&lt;hint name&gt;</c> (a <c>.g.cs</c> name: generated code).</summary>
    public static ImmutableArray<(string FileName, string Text)> Sources => s_sources.Value;

    private static ImmutableArray<(string FileName, string Text)> Run()
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            Array.Empty<SyntaxTree>(),
            TestReferences.Net80.Append(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var texts = new AdditionalText[] { new TestDataText("/0/catalog/mini.txt", "mini.txt"), new TestDataText("/0/catalog/mini.lock", "mini.lock") };
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CatalogueGenerator().AsSourceGenerator() },
            texts,
            (CSharpParseOptions)CSharpParseOptions.Default,
            new Options(new Dictionary<string, string> { ["build_property.CatalogSdkNamespace"] = Namespace }));
        var result = driver.RunGenerators(compilation).GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return result.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => ("/0/" + s.HintName, s.SourceText.ToString()))
            .ToImmutableArray();
    }

    private sealed class TestDataText : AdditionalText
    {
        private readonly string _name;

        public TestDataText(string path, string name)
        {
            Path = path;
            _name = name;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", _name)));
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions s_empty = new Values(new Dictionary<string, string>());

        public Options(Dictionary<string, string> global) => GlobalOptions = new Values(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_empty;
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Values(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
