using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CatalogSdk.Analyzers.Tests.Support;

/// <summary>
/// An analyzer test over the test code plus the hand-written catalogue (<see cref="CatalogueSource"/>), which the
/// analyzers see as the generator's output: a generated file.
/// </summary>
internal sealed class CatalogueAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public CatalogueAnalyzerTest(string source, bool withCatalogue = true)
    {
        TestCode = source;
        ReferenceAssemblies = TestReferences.None;
        SolutionTransforms.Add(TestReferences.AddDefaults);
        if (withCatalogue)
        {
            TestState.Sources.Add((CatalogueSource.FileName, CatalogueSource.Text));
        }
    }
}

/// <summary>A code-fix test over the test code plus the hand-written catalogue; fix-all runs at every scope.</summary>
internal sealed class CatalogueCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CatalogueCodeFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        ReferenceAssemblies = TestReferences.None;
        SolutionTransforms.Add(TestReferences.AddDefaults);
        TestState.Sources.Add((CatalogueSource.FileName, CatalogueSource.Text));
        FixedState.Sources.Add((CatalogueSource.FileName, CatalogueSource.Text));
    }
}

/// <summary>Shorthands: run an analyzer over markup and expect exactly the marked diagnostics.</summary>
internal static class Verify
{
    public static Task AnalyzerAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        new CatalogueAnalyzerTest<TAnalyzer>(source).RunAsync();

    public static Task RetiredAsync(string source) => AnalyzerAsync<RetiredProcedureAnalyzer>(source);

    public static Task GradeAsync(string source) => AnalyzerAsync<ProcedureGradeAnalyzer>(source);
}
