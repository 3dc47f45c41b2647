using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>
/// Runs every CatalogSdk analyzer over generated code plus a consumer file that uses it the ways the analyzers look at
/// (procedure members, grade comparisons, [ExpectedGrade], and every name as a string literal), and returns what went
/// wrong: an analyzer exception, or a diagnostic with no position in source.
/// </summary>
internal static class AnalyzerHarness
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> s_analyzers = new(() =>
        typeof(CatalogSdk.Analyzers.AnalyzerDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray());

    /// <summary>The analyzers under test; more than none, or the harness would prove nothing.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => s_analyzers.Value;

    /// <param name="generated">The compilation with the generated catalogue in it.</param>
    /// <param name="ns">The generated catalogue's namespace.</param>
    /// <param name="members">Identifiers and names of the generated Procedure members (current and retired).</param>
    public static IReadOnlyList<string> Problems(Compilation generated, string ns, IReadOnlyList<(string? Identifier, string Name)> members) =>
        Run(generated, ns, members).Problems;

    /// <summary>The problems and every analyzer diagnostic.</summary>
    public static (IReadOnlyList<string> Problems, ImmutableArray<Diagnostic> Diagnostics) Run(
        Compilation generated, string ns, IReadOnlyList<(string? Identifier, string Name)> members)
    {
        var problems = new List<string>();
        var consumer = CSharpSyntaxTree.ParseText(
            ConsumerSource(ns, members),
            (CSharpParseOptions)generated.SyntaxTrees.First().Options,
            path: "Consumer.cs",
            encoding: Encoding.UTF8);
        var compilation = generated.AddSyntaxTrees(consumer);

        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (ex, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + " threw " + ex),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            problems.Add("crash: the analyzers threw " + ex);
            return (problems, ImmutableArray<Diagnostic>.Empty);
        }

        problems.AddRange(exceptions.Select(e => "crash: " + e));
        foreach (var d in diagnostics)
        {
            if (d.Id == "AD0001")
            {
                problems.Add("crash: " + d.GetMessage(CultureInfo.InvariantCulture));
            }
            else if (!d.Location.IsInSource)
            {
                problems.Add("analyzer: " + d.Id + " without a position in source: " + d.GetMessage(CultureInfo.InvariantCulture));
            }
        }

        return (problems, diagnostics);
    }

    private static string ConsumerSource(string ns, IReadOnlyList<(string? Identifier, string Name)> members)
    {
        var code = new StringBuilder();
        code.Append("namespace Fuzz.Consumer\n{\n    using CatalogSdk;\n    using ").Append(ns).Append(";\n\n");
        code.Append("    public static class Uses\n    {\n");
        code.Append("        public static readonly string[] Names =\n        {\n");
        foreach (var (_, name) in members)
        {
            code.Append("            ").Append(SymbolDisplay.FormatLiteral(name, quote: true)).Append(",\n");
        }

        code.Append("        };\n\n");
        var grades = new[] { "Grade1", "Grade2", "Grade3", "Grade4" };
        var i = 0;
        foreach (var (identifier, _) in members.Where(m => m.Identifier is not null).Take(50))
        {
            var grade = grades[i % grades.Length];
            code.Append("        public static bool G").Append(i).Append("() => Procedure.@").Append(identifier)
                .Append(".GetInfo().Grade == SurgicalGrade.").Append(grade).Append(";\n");
            code.Append("        [ExpectedGrade(Procedure.@").Append(identifier).Append(", SurgicalGrade.").Append(grade).Append(")]\n");
            code.Append("        public static void E").Append(i).Append("() { }\n");
            i++;
        }

        code.Append("    }\n}\n");
        return code.ToString();
    }
}
