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
using Microsoft.CodeAnalysis.Simplification;

namespace CatalogSdk.CodeFixes;

/// <summary>CSDK3003: replaces the grade written in code with the grade the catalogue gives the procedure.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GradeMismatchCodeFixProvider))]
[Shared]
public sealed class GradeMismatchCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix: one key for every diagnostic, so fix-all applies it everywhere.</summary>
    public const string EquivalenceKey = "CSDK3003.UseCatalogueGrade";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(AnalyzerDescriptors.GradeMismatch.Id);

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
            if (diagnostic.Properties.ContainsKey(DiagnosticProperties.Fixable) ||
                !diagnostic.Properties.TryGetValue(DiagnosticProperties.CatalogueGrade, out var grade) ||
                string.IsNullOrEmpty(grade) ||
                root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node ||
                Expression(node) is not { } expression)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.UseCatalogueGrade(grade!),
                    cancellationToken => ReplaceAsync(context.Document, expression, grade!, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static ExpressionSyntax? Expression(SyntaxNode node) => node switch
    {
        ExpressionSyntax expression => expression,
        ArgumentSyntax argument => argument.Expression,
        AttributeArgumentSyntax argument => argument.Expression,
        ConstantPatternSyntax pattern => pattern.Expression,
        CaseSwitchLabelSyntax label => label.Value,
        _ => null,
    };

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string grade, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // A SurgicalGrade member as written (SurgicalGrade.Grade2, global::CatalogSdk.SurgicalGrade.Grade2, or Grade2
        // under using static) keeps its qualification: only the member name changes. Anything else (a cast, a constant
        // declared elsewhere) becomes the member, simplified to the file's usings.
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var isGradeMember = model?.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol
        {
            ContainingType: { TypeKind: TypeKind.Enum, Name: "SurgicalGrade", ContainingNamespace: { Name: "CatalogSdk", ContainingNamespace.IsGlobalNamespace: true } },
        };

        SyntaxNode target;
        SyntaxNode replacement;
        switch (expression)
        {
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } when isGradeMember:
                target = name;
                replacement = SyntaxFactory.IdentifierName(grade).WithTriviaFrom(name);
                break;
            case QualifiedNameSyntax { Right: IdentifierNameSyntax name } when isGradeMember:
                // x is SurgicalGrade.Grade2 parses as a qualified (type) name.
                target = name;
                replacement = SyntaxFactory.IdentifierName(grade).WithTriviaFrom(name);
                break;
            case IdentifierNameSyntax name when isGradeMember:
                target = name;
                replacement = SyntaxFactory.IdentifierName(grade).WithTriviaFrom(name);
                break;
            default:
                target = expression;
                replacement = GradeMember(grade)
                    .WithTriviaFrom(expression)
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                break;
        }

        var document2 = document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
        return await Simplifier.ReduceAsync(document2, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>global::CatalogSdk.SurgicalGrade.GradeN</c>, as an expression (member accesses, not a qualified name).</summary>
    private static ExpressionSyntax GradeMember(string grade) =>
        SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.AliasQualifiedName(
                    SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)),
                    SyntaxFactory.IdentifierName("CatalogSdk")),
                SyntaxFactory.IdentifierName("SurgicalGrade")),
            SyntaxFactory.IdentifierName(grade));
}
