using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using CatalogSdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Benchmarks.Support;

/// <summary>
/// One catalogue handed to the generator, as CatalogSdk.targets hands it to the compiler: the catalogue as an
/// additional file with CatalogSdkCatalogue and CatalogSdkNamespace metadata, and its lock (when it has one) as an
/// additional file with CatalogSdkLock metadata.
/// </summary>
public sealed record CatalogueFiles(string FileName, string Text, string? LockText, string Namespace)
{
    /// <summary>The catalogue's full path, as the compiler passes it.</summary>
    public string Path => "/src/MyHospital/catalog/" + FileName;

    /// <summary>The lock's full path.</summary>
    public string LockPath => System.IO.Path.ChangeExtension(Path, ".lock");

    /// <summary>The same catalogue with other text (the lock unchanged).</summary>
    public CatalogueFiles WithText(string text) => this with { Text = text };
}

/// <summary>
/// Runs the generator in-process the way the compiler does: a <see cref="CSharpGeneratorDriver"/> over a minimal
/// compilation (the .NET 8 reference assemblies and the CatalogSdk runtime library), with catalogues as additional
/// files and MSBuild item metadata as analyzer config options. Steps are not tracked unless asked for, as in a build.
/// </summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(SurgicalGrade).Assembly.Location))
            .ToImmutableArray());

    /// <summary>The parse options of a current C# project.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>The references of the minimal compilation.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>A source file of the consumer's own project.</summary>
    public static SyntaxTree Source(string path, string text) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    /// <summary>A compilation of <paramref name="trees"/> against the .NET 8 reference assemblies and the runtime library.</summary>
    public static CSharpCompilation Compilation(params SyntaxTree[] trees) =>
        CSharpCompilation.Create(
            "MyHospital",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>The additional texts of <paramref name="catalogues"/>: each catalogue, then its lock.</summary>
    public static ImmutableArray<AdditionalText> AdditionalTexts(IEnumerable<CatalogueFiles> catalogues)
    {
        var texts = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var c in catalogues)
        {
            texts.Add(new InMemoryText(c.Path, c.Text));
            if (c.LockText is not null)
            {
                texts.Add(new InMemoryText(c.LockPath, c.LockText));
            }
        }

        return texts.ToImmutable();
    }

    /// <summary>A new driver with a new generator instance, as at the start of a build.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<CatalogueFiles> catalogues, bool trackSteps = false) =>
        CreateDriver(catalogues, AdditionalTexts(catalogues), trackSteps);

    /// <summary>A new driver over <paramref name="texts"/> (made by <see cref="AdditionalTexts"/> from <paramref name="catalogues"/>).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<CatalogueFiles> catalogues, ImmutableArray<AdditionalText> texts, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new CatalogueGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new OptionsProvider(catalogues),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>An additional file replaced by an edited one at the same path, as the IDE does after an edit.</summary>
    public static AdditionalText Text(string path, string text) => new InMemoryText(path, text);

    /// <summary>
    /// Throws unless the run produced five files for each of <paramref name="expectedCatalogues"/> and reported no
    /// warning or error besides <paramref name="allowedIds"/>: a benchmark of a generator that failed would measure nothing.
    /// </summary>
    public static void Verify(GeneratorDriver driver, int expectedCatalogues, params string[] allowedIds)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", result.Exception);
        }

        var errors = result.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !allowedIds.Contains(d.Id))
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generator reported: " + string.Join(Environment.NewLine, errors.Take(10)));
        }

        if (result.GeneratedSources.Length != expectedCatalogues * 5)
        {
            throw new InvalidOperationException(
                "Expected " + (expectedCatalogues * 5) + " generated files, got " + result.GeneratedSources.Length + ": " +
                string.Join(", ", result.GeneratedSources.Select(s => s.HintName)));
        }
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Options as the compiler reads them from the .editorconfig MSBuild generates; keys compare without case.</summary>
    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> _values;

        public Options(IEnumerable<KeyValuePair<string, string>> values) => _values = ImmutableDictionary.CreateRange(KeyComparer, values);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }

    /// <summary>Per-file options keyed by path, so an edited (replaced) additional text keeps its metadata, as in a build.</summary>
    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly ImmutableDictionary<string, Options> _byPath;

        public OptionsProvider(IEnumerable<CatalogueFiles> catalogues)
        {
            GlobalOptions = new Options(new[] { new KeyValuePair<string, string>("build_property.RootNamespace", "MyHospital") });
            var byPath = ImmutableDictionary.CreateBuilder<string, Options>(StringComparer.Ordinal);
            foreach (var c in catalogues)
            {
                byPath[c.Path] = new Options(new[]
                {
                    new KeyValuePair<string, string>(CatalogueInput.CatalogueMetadata, "true"),
                    new KeyValuePair<string, string>(CatalogueInput.NamespaceMetadata, c.Namespace),
                });
                byPath[c.LockPath] = new Options(new[] { new KeyValuePair<string, string>(CatalogueInput.LockMetadata, "true") });
            }

            _byPath = byPath.ToImmutable();
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _byPath.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;
    }
}
