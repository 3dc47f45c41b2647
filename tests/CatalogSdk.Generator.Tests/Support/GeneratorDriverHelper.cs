using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CatalogSdk.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CatalogSdk.Generator.Tests.Support;

/// <summary>One additional file handed to the generator, with the item metadata MSBuild would make visible.</summary>
/// <param name="Path">The full path, as the compiler passes it.</param>
/// <param name="Text">The decoded text.</param>
internal sealed record TestFile(string Path, string Text)
{
    /// <summary>The CatalogSdkNamespace item metadata (the Namespace of a CatalogSdkCatalogue item), or null.</summary>
    public string? Namespace { get; init; }

    /// <summary>The CatalogSdkCatalogue item metadata ("true"/"false"), or null when the item has none.</summary>
    public string? CatalogueFlag { get; init; }

    /// <summary>The CatalogSdkLock item metadata, which CatalogSdk.targets sets on a catalogue's lock file.</summary>
    public string? LockFlag { get; init; }

    /// <summary>The CatalogSdkIdentifiers item metadata (the Identifiers of a CatalogSdkCatalogue item), or null.</summary>
    public string? Identifiers { get; init; }

    /// <summary>The CatalogSdkEnglishNames item metadata (true for an English-name overlay), or null.</summary>
    public string? EnglishNamesFlag { get; init; }

    /// <summary>The encoding the compiler decoded the file with; UTF-8 unless set.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>A catalogue under a project's catalog/ folder, picked up by the path rule.</summary>
    public static TestFile Catalogue(string fileName, string text) => new("/src/MyHospital/catalog/" + fileName, text);

    public InMemoryAdditionalText ToAdditionalText() => new(Path, Text, Encoding);

    public IEnumerable<KeyValuePair<string, string>> Metadata()
    {
        if (Namespace is not null)
        {
            yield return new(CatalogueInput.NamespaceMetadata, Namespace);
        }

        if (CatalogueFlag is not null)
        {
            yield return new(CatalogueInput.CatalogueMetadata, CatalogueFlag);
        }

        if (Identifiers is not null)
        {
            yield return new(CatalogueInput.IdentifiersMetadata, Identifiers);
        }

        if (EnglishNamesFlag is not null)
        {
            yield return new(CatalogueInput.EnglishNamesMetadata, EnglishNamesFlag);
        }

        if (LockFlag is not null)
        {
            yield return new(CatalogueInput.LockMetadata, LockFlag);
        }
    }
}

/// <summary>The project the generator runs in: language version, MSBuild properties, references and C# sources.</summary>
internal sealed record TestProject
{
    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    /// <summary>build_property.RootNamespace.</summary>
    public string? RootNamespace { get; init; } = "MyHospital";

    /// <summary>build_property.CatalogSdkNamespace.</summary>
    public string? CatalogSdkNamespace { get; init; }

    /// <summary>build_property.CatalogSdkIdentifiers.</summary>
    public string? CatalogSdkIdentifiers { get; init; }

    /// <summary>Whether the compilation references the CatalogSdk runtime library.</summary>
    public bool ReferencesRuntime { get; init; } = true;

    /// <summary>C# sources of the project itself.</summary>
    public ImmutableArray<string> Sources { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Nullable is on wherever the language has it, as in a modern project; off at C# 7.3.</summary>
    public NullableContextOptions Nullable =>
        LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;

    public static TestProject Latest { get; } = new();

    public static TestProject CSharp7_3 { get; } = new() { LanguageVersion = LanguageVersion.CSharp7_3 };

    public TestProject WithSources(params string[] sources) => this with { Sources = Sources.AddRange(sources) };
}

/// <summary>What one run of the generator produced.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    ImmutableArray<AdditionalText> AdditionalTexts,
    Compilation InputCompilation,
    Compilation OutputCompilation,
    GeneratorDriverRunResult Result)
{
    public GeneratorRunResult Generator => Result.Results.Single();

    /// <summary>The diagnostics the generator reported (not the compiler's).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>
    /// The generator's diagnostics except CSDK2000 (the catalogue has no lock file), which every small fixture
    /// reports: only the shipped catalogue comes with a lock.
    /// </summary>
    public ImmutableArray<Diagnostic> DiagnosticsBesidesMissingLock =>
        GeneratorDiagnostics.Where(d => d.Id != DiagnosticDescriptors.LockMissing.Id).ToImmutableArray();

    /// <summary>The generated files in ordinal hint-name order.</summary>
    public IReadOnlyList<GeneratedSourceResult> Sources =>
        Generator.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> HintNames => Sources.Select(s => s.HintName).ToList();

    public string Source(string hintName) =>
        Generator.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Every diagnostic of the compilation with the generated code in it, at every warning level.</summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics => OutputCompilation.GetDiagnostics();
}

/// <summary>
/// Runs <see cref="CatalogueGenerator"/> the way the compiler does: over a compilation against the .NET 8 reference
/// assemblies (plus the CatalogSdk runtime library), with catalogue texts as additional files and MSBuild
/// properties and item metadata as analyzer config options. Steps are tracked for incremental tests.
/// </summary>
internal static class GeneratorDriverHelper
{
    private static readonly Lazy<MetadataReference> s_runtime =
        new(() => MetadataReference.CreateFromFile(typeof(SurgicalGrade).Assembly.Location));

    /// <summary>The CatalogSdk runtime library the generated code calls.</summary>
    public static MetadataReference RuntimeReference => s_runtime.Value;

    public static GeneratorRun Run(TestProject project, params TestFile[] files)
    {
        var compilation = CreateCompilation(project);
        var texts = files.Select(f => (AdditionalText)f.ToAdditionalText()).ToImmutableArray();
        var driver = CreateDriver(project, files, texts);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, texts, compilation, output, driver.GetRunResult());
    }

    public static GeneratorRun Run(params TestFile[] files) => Run(TestProject.Latest, files);

    /// <summary>Runs the driver of <paramref name="previous"/> again on <paramref name="compilation"/>, as the IDE does after an edit.</summary>
    public static GeneratorRun RunAgain(GeneratorRun previous, Compilation compilation) =>
        RunAgain(previous.Driver, previous.AdditionalTexts, compilation);

    /// <summary>
    /// Replaces the additional file at <paramref name="path"/> with <paramref name="newText"/> (same path, same
    /// metadata) and runs the driver again on the same compilation, as the IDE does after an edit to that file.
    /// </summary>
    public static GeneratorRun RunAfterEdit(GeneratorRun previous, string path, string newText)
    {
        var old = previous.AdditionalTexts.Single(t => t.Path == path);
        var replacement = new InMemoryAdditionalText(path, newText);
        var driver = previous.Driver.ReplaceAdditionalText(old, replacement);
        return RunAgain(driver, previous.AdditionalTexts.Replace(old, replacement), previous.InputCompilation);
    }

    private static GeneratorRun RunAgain(GeneratorDriver driver, ImmutableArray<AdditionalText> texts, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, texts, compilation, output, driver.GetRunResult());
    }

    public static CSharpParseOptions ParseOptions(LanguageVersion languageVersion) =>
        new(languageVersion, DocumentationMode.Diagnose);

    public static SyntaxTree ParseSource(string source, LanguageVersion languageVersion, string path = "") =>
        CSharpSyntaxTree.ParseText(source, ParseOptions(languageVersion), path, Encoding.UTF8);

    public static CSharpCompilation CreateCompilation(TestProject project)
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net80.References.All);
        if (project.ReferencesRuntime)
        {
            references.Add(RuntimeReference);
        }

        var trees = project.Sources.Select((source, i) => ParseSource(source, project.LanguageVersion, "/src/MyHospital/Source" + i + ".cs"));
        return CSharpCompilation.Create(
            "MyHospital.Consumer",
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: project.Nullable,
                warningLevel: 9999,
                deterministic: true));
    }

    private static GeneratorDriver CreateDriver(TestProject project, IReadOnlyList<TestFile> files, ImmutableArray<AdditionalText> texts)
    {
        var globals = new List<KeyValuePair<string, string>>();
        if (project.RootNamespace is not null)
        {
            globals.Add(new("build_property.RootNamespace", project.RootNamespace));
        }

        if (project.CatalogSdkIdentifiers is not null)
        {
            globals.Add(new("build_property.CatalogSdkIdentifiers", project.CatalogSdkIdentifiers));
        }

        if (project.CatalogSdkNamespace is not null)
        {
            globals.Add(new("build_property.CatalogSdkNamespace", project.CatalogSdkNamespace));
        }

        var options = new TestAnalyzerConfigOptionsProvider(
            globals,
            files.Select(f => new KeyValuePair<string, TestAnalyzerConfigOptions>(f.Path, new TestAnalyzerConfigOptions(f.Metadata()))));

        return CSharpGeneratorDriver.Create(
            new[] { new CatalogueGenerator().AsSourceGenerator() },
            texts,
            ParseOptions(project.LanguageVersion),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }
}
