using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using CatalogSdk.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CatalogSdk.CodeFixes;

/// <summary>CSDK3001: replaces a retired procedure with the member that succeeds it, when the lock names one.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetiredProcedureCodeFixProvider))]
[Shared]
public sealed class RetiredProcedureCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix: one key for every diagnostic, so fix-all applies it everywhere.</summary>
    public const string EquivalenceKey = "CSDK3001.UseSuccessor";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(AnalyzerDescriptors.RetiredProcedure.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.SuccessorIdentifier, out var successor) ||
                string.IsNullOrEmpty(successor) ||
                NameToReplace(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is not { } name)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.UseSuccessor(successor!),
                    cancellationToken => ReplaceAsync(context.Document, name, successor!, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The simple name that names the member: the right of <c>Procedure.X</c>, or <c>X</c> under <c>using static</c>.</summary>
    private static SimpleNameSyntax? NameToReplace(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        QualifiedNameSyntax qualified => qualified.Right,
        IdentifierNameSyntax identifier => identifier,
        ArgumentSyntax argument => NameToReplace(argument.Expression),
        AttributeArgumentSyntax argument => NameToReplace(argument.Expression),
        ConstantPatternSyntax pattern => NameToReplace(pattern.Expression),
        CaseSwitchLabelSyntax label => NameToReplace(label.Value),
        _ => null,
    };

    private static async Task<Document> ReplaceAsync(Document document, SimpleNameSyntax name, string successor, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacement = SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(successor)).WithTriviaFrom(name);
        return document.WithSyntaxRoot(root.ReplaceNode(name, replacement));
    }
}
