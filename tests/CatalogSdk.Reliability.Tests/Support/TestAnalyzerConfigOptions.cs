using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>Options as the compiler reads them from the generated .editorconfig: keys compare without case.</summary>
internal sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
{
    public static readonly TestAnalyzerConfigOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    private readonly ImmutableDictionary<string, string> _values;

    public TestAnalyzerConfigOptions(IEnumerable<KeyValuePair<string, string>> values) =>
        _values = ImmutableDictionary.CreateRange(KeyComparer, values);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}

/// <summary>Global options (build_property.*) and per-file options (build_metadata.AdditionalFiles.*), keyed by path.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, TestAnalyzerConfigOptions> _byPath;

    public TestAnalyzerConfigOptionsProvider(
        IEnumerable<KeyValuePair<string, string>> globalOptions,
        IEnumerable<KeyValuePair<string, TestAnalyzerConfigOptions>> optionsByPath)
    {
        GlobalOptions = new TestAnalyzerConfigOptions(globalOptions);
        _byPath = ImmutableDictionary.CreateRange(System.StringComparer.Ordinal, optionsByPath);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : TestAnalyzerConfigOptions.Empty;
}
