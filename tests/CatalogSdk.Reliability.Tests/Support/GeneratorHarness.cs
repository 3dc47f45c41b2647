using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>
/// Runs <see cref="CatalogSdk.Generator.CatalogueGenerator"/> the way the compiler does: over a compilation against the .NET 8
/// reference assemblies and the CatalogSdk runtime library, with catalogue texts as additional files and the
/// project's root namespace as an analyzer config option. Adapted from the generator tests' driver helper.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The project's root namespace: a catalogue x.txt generates into MyHospital.X.</summary>
    public const string RootNamespace = "MyHospital";

    /// <summary>The folder a catalogue is picked up from by the path rule.</summary>
    public const string CatalogFolder = "/src/MyHospital/catalog/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(SurgicalGrade).Assembly.Location))
            .ToImmutableArray());

    /// <summary>The path of a catalogue file named <paramref name="fileName"/> in the project's catalog/ folder.</summary>
    public static string CataloguePath(string fileName) => CatalogFolder + fileName;

    /// <summary>Runs the generator on one catalogue, decoded as UTF-8 unless <paramref name="encoding"/> says otherwise.</summary>
    public static GeneratorOutcome Run(string fileName, string text, LanguageVersion languageVersion = LanguageVersion.Latest, Encoding? encoding = null) =>
        Run(new AdditionalText[] { new InMemoryAdditionalText(CataloguePath(fileName), text, encoding) }, languageVersion);

    /// <summary>Runs the generator on <paramref name="files"/> (catalogues and locks, in the order given).</summary>
    public static GeneratorOutcome Run(IReadOnlyList<AdditionalText> files, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "MyHospital.Consumer",
            Array.Empty<SyntaxTree>(),
            s_references.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999,
                deterministic: true));

        var options = new TestAnalyzerConfigOptionsProvider(
            new[] { new KeyValuePair<string, string>("build_property.RootNamespace", RootNamespace) },
            Array.Empty<KeyValuePair<string, TestAnalyzerConfigOptions>>());

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CatalogSdk.Generator.CatalogueGenerator().AsSourceGenerator() },
            files,
            parseOptions,
            options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        return new GeneratorOutcome(languageVersion, result, output);
    }

    /// <summary>
    /// The text the compiler hands a generator for a file of <paramref name="bytes"/>: a byte-order mark decides the
    /// encoding; otherwise strict UTF-8, and when that fails the compiler's fallback (Windows-1252 on Linux and
    /// macOS, the ANSI code page on Windows). This is Roslyn's internal EncodedStringText, called by reflection
    /// so the test sees exactly what csc sees.
    /// </summary>
    public static SourceText DecodeAsCompiler(byte[] bytes)
    {
        var type = typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!;
        var create = type.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Where(m => m.Name == "Create" && m.GetParameters().Length > 0 && m.GetParameters()[0].ParameterType == typeof(System.IO.Stream))
            .OrderBy(m => m.GetParameters().Length)
            .First();
        var parameters = create.GetParameters();
        var arguments = new object?[parameters.Length];
        arguments[0] = new System.IO.MemoryStream(bytes, writable: false);
        for (var i = 1; i < parameters.Length; i++)
        {
            arguments[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : (parameters[i].ParameterType.IsValueType ? Activator.CreateInstance(parameters[i].ParameterType) : null);
        }

        if (parameters[1].ParameterType == typeof(Encoding))
        {
            arguments[1] = null; // No /codepage: detect, as csc does by default.
        }

        if (parameters.Any(p => p.ParameterType == typeof(SourceHashAlgorithm)))
        {
            arguments[Array.FindIndex(parameters, p => p.ParameterType == typeof(SourceHashAlgorithm))] = SourceHashAlgorithm.Sha256;
        }

        return (SourceText)create.Invoke(null, arguments)!;
    }
}

/// <summary>What one run of the generator produced.</summary>
internal sealed class GeneratorOutcome
{
    public GeneratorOutcome(LanguageVersion languageVersion, GeneratorRunResult result, Compilation output)
    {
        LanguageVersion = languageVersion;
        Exception = result.Exception;
        Diagnostics = result.Diagnostics;
        Sources = result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToImmutableArray();
        Output = output;
    }

    public LanguageVersion LanguageVersion { get; }

    /// <summary>An exception the generator let escape (the compiler would report CS8785).</summary>
    public Exception? Exception { get; }

    /// <summary>The generator's own diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The generated files in ordinal hint-name order.</summary>
    public ImmutableArray<GeneratedSourceResult> Sources { get; }

    /// <summary>The compilation with the generated files in it.</summary>
    public Compilation Output { get; }

    /// <summary>Whether the generator reported no error: the catalogue was accepted.</summary>
    public bool Accepted => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Every generated byte and every diagnostic with its position: two runs that agree on this agree on everything.</summary>
    public string Fingerprint
    {
        get
        {
            var builder = new StringBuilder();
            foreach (var s in Sources)
            {
                builder.Append("== ").Append(s.HintName).Append('\n').Append(s.SourceText.ToString()).Append('\n');
            }

            foreach (var d in Diagnostics.Select(Describe).OrderBy(d => d, StringComparer.Ordinal))
            {
                builder.Append("!! ").Append(d).Append('\n');
            }

            return builder.ToString();
        }
    }

    /// <summary>The generated files' texts as bytes (UTF-8), keyed by hint name.</summary>
    public IReadOnlyDictionary<string, byte[]> SourceBytes =>
        Sources.ToDictionary(s => s.HintName, s => Encoding.UTF8.GetBytes(s.SourceText.ToString()), StringComparer.Ordinal);

    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): " + d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string DescribeDiagnostics() => Diagnostics.Length == 0 ? "(none)" : string.Join("\n", Diagnostics.Select(Describe));
}
