using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Analyzers.Tests.Support;

/// <summary>
/// Applies a code fix provider's fix-all the way an IDE does: a workspace solution of one or more projects (each with the
/// catalogue), the analyzer's diagnostics, a <see cref="FixAllContext"/> for one scope started from the first document
/// of the first project, and the changed solution the resulting action produces.
/// </summary>
internal static class FixAllRunner
{
    /// <summary>The text of every test document (by name) after fix-all at <paramref name="scope"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RunAsync(
        DiagnosticAnalyzer analyzer,
        CodeFixProvider provider,
        string equivalenceKey,
        FixAllScope scope,
        params (string Name, string Text)[][] projects)
    {
        using var workspace = new AdhocWorkspace();
        var solution = workspace.CurrentSolution;
        var documents = new List<DocumentId>();
        for (var i = 0; i < projects.Length; i++)
        {
            var projectId = ProjectId.CreateNewId();
            solution = solution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Project" + i,
                "Project" + i,
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: TestReferences.Net80.Append(TestReferences.Runtime)));
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "MyHospital.Catalog.g.cs", SourceText.From(CatalogueSource.Text));
            foreach (var (name, text) in projects[i])
            {
                var id = DocumentId.CreateNewId(projectId);
                documents.Add(id);
                solution = solution.AddDocument(id, name, SourceText.From(text));
            }
        }

        var diagnostics = new DiagnosticsByProject(analyzer);
        var start = solution.GetDocument(documents[0])!;
        var fixAll = provider.GetFixAllProvider();
        Assert.NotNull(fixAll);
        Assert.Contains(scope, fixAll!.GetSupportedFixAllScopes());
        var context = new FixAllContext(start, provider, scope, equivalenceKey, provider.FixableDiagnosticIds, diagnostics, CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        var operations = await action!.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;

        var texts = new Dictionary<string, string>();
        foreach (var id in documents)
        {
            var document = changed.GetDocument(id)!;
            texts.Add(document.Name, (await document.GetTextAsync()).ToString());
        }

        return texts;
    }

    private sealed class DiagnosticsByProject : FixAllContext.DiagnosticProvider
    {
        private readonly DiagnosticAnalyzer _analyzer;

        public DiagnosticsByProject(DiagnosticAnalyzer analyzer) => _analyzer = analyzer;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await AnalyzeAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            (await AnalyzeAsync(project, cancellationToken)).Where(d => !d.Location.IsInSource);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            AnalyzeAsync(project, cancellationToken);

        private async Task<IEnumerable<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken))!;
            return await compilation.WithAnalyzers(ImmutableArray.Create(_analyzer)).GetAnalyzerDiagnosticsAsync(cancellationToken);
        }
    }
}
