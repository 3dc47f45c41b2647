using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CatalogSdk.Analyzers.Model;
using CatalogSdk.Analyzers.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CatalogSdk.Analyzers;

/// <summary>
/// CSDK3001: a reference to a retired member of a catalogue's <c>Procedure</c> enum, wherever it is written
/// (expressions, constants, default values, attribute arguments, patterns, <c>case</c> labels, names brought in by
/// <c>using static</c>). CSDK3002: a string literal that is, under the catalogue's matching rule, the name of a retired
/// procedure. Neither is reported inside a member or type marked <c>[AllowRetiredProcedures]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RetiredProcedureAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(AnalyzerDescriptors.RetiredProcedure, AnalyzerDescriptors.RetiredProcedureName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var index = CatalogueIndex.Create(context.Compilation, context.CancellationToken);
        if (index is null)
        {
            return;
        }

        // The identifiers of retired members: attribute arguments are bound only when one of them appears.
        var retiredIdentifiers = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var catalogue in index.Catalogues)
        {
            foreach (var member in catalogue.Members)
            {
                if (member.IsRetired)
                {
                    retiredIdentifiers.Add(member.Identifier);
                }
            }
        }

        if (retiredIdentifiers.Count == 0)
        {
            return;
        }

        context.RegisterOperationAction(c => AnalyzeFieldReference(c, index), OperationKind.FieldReference);
        if (index.HasRetiredNames)
        {
            context.RegisterOperationAction(c => AnalyzeLiteral(c, index), OperationKind.Literal);
        }

        context.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, index, retiredIdentifiers), SyntaxKind.Attribute);
    }

    private static void AnalyzeFieldReference(OperationAnalysisContext context, CatalogueIndex index)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (index.Find(reference.Field.ContainingType) is not { } catalogue ||
            catalogue.Find(reference.Field) is not { IsRetired: true } member ||
            OperationHelpers.IsInAttribute(reference.Syntax) ||
            IsAllowedAt(reference, context.ContainingSymbol, index, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(CreateRetiredReference(reference.Syntax.GetLocation(), catalogue, member));
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, CatalogueIndex index)
    {
        var literal = (ILiteralOperation)context.Operation;
        // Only a whole string can be a name: the text between the holes of an interpolated string is a part of one.
        if (literal.Type?.SpecialType != SpecialType.System_String ||
            literal.Parent is IInterpolatedStringTextOperation ||
            literal.ConstantValue.Value is not string text ||
            !index.TryFindRetiredName(text, out _, out var member) ||
            OperationHelpers.IsInAttribute(literal.Syntax) ||
            IsAllowedAt(literal, context.ContainingSymbol, index, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(CreateRetiredName(literal.Syntax.GetLocation(), member));
    }

    /// <summary>Attribute arguments, from syntax: operation actions do not reach them on every compiler version.</summary>
    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, CatalogueIndex index, HashSet<string> retiredIdentifiers)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is not { Arguments.Count: > 0 } arguments)
        {
            return;
        }

        var ownerResolved = false;
        var allowed = false;
        foreach (var node in arguments.DescendantNodes())
        {
            Diagnostic? diagnostic = null;
            if (node is IdentifierNameSyntax name && retiredIdentifiers.Contains(name.Identifier.ValueText))
            {
                if (context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is IFieldSymbol field &&
                    index.Find(field.ContainingType) is { } catalogue &&
                    catalogue.Find(field) is { IsRetired: true } member)
                {
                    SyntaxNode reported = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                    diagnostic = CreateRetiredReference(reported.GetLocation(), catalogue, member);
                }
            }
            else if (node.IsKind(SyntaxKind.StringLiteralExpression) &&
                     ((LiteralExpressionSyntax)node).Token.ValueText is { Length: > 0 } text &&
                     index.TryFindRetiredName(text, out _, out var named))
            {
                diagnostic = CreateRetiredName(node.GetLocation(), named);
            }

            if (diagnostic is null)
            {
                continue;
            }

            if (!ownerResolved)
            {
                allowed = RetiredProcedureOptOut.IsAllowed(AttributeOwner(context.SemanticModel, attribute, context.CancellationToken), index.Symbols);
                ownerResolved = true;
            }

            if (!allowed)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static Diagnostic CreateRetiredReference(Location location, ProcedureCatalogue catalogue, ProcedureMember member)
    {
        var properties = member.CurrentSuccessor is { } successor
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.SuccessorIdentifier, successor.Identifier)
            : ImmutableDictionary<string, string?>.Empty;
        return Diagnostic.Create(
            AnalyzerDescriptors.RetiredProcedure,
            location,
            properties,
            member.Name,
            member.RetiredIn,
            MessageText.RetiredReferenceAdviceZh(catalogue, member),
            MessageText.RetiredReferenceAdviceEn(catalogue, member));
    }

    private static Diagnostic CreateRetiredName(Location location, ProcedureMember member) =>
        Diagnostic.Create(
            AnalyzerDescriptors.RetiredProcedureName,
            location,
            member.Name,
            member.RetiredIn,
            MessageText.RetiredNameAdviceZh(member),
            MessageText.RetiredNameAdviceEn(member));

    /// <summary>Whether the code around <paramref name="operation"/> is marked <c>[AllowRetiredProcedures]</c>.</summary>
    private static bool IsAllowedAt(IOperation operation, ISymbol containingSymbol, CatalogueIndex index, CancellationToken cancellationToken)
    {
        // The innermost symbol: a local function or lambda rather than the method that holds it.
        var enclosing = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart, cancellationToken) ?? containingSymbol;
        return RetiredProcedureOptOut.IsAllowed(enclosing, index.Symbols);
    }

    /// <summary>The symbol an attribute is applied to (null for assembly and module attributes).</summary>
    private static ISymbol? AttributeOwner(SemanticModel model, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        var declaration = attribute.Parent?.Parent;
        switch (declaration)
        {
            case null:
            case CompilationUnitSyntax:
                return null;
            case BaseFieldDeclarationSyntax field:
                return field.Declaration.Variables.Count > 0 ? model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken) : null;
            case AnonymousFunctionExpressionSyntax function:
                return model.GetSymbolInfo(function, cancellationToken).Symbol;
            default:
                return model.GetDeclaredSymbol(declaration, cancellationToken) ?? model.GetEnclosingSymbol(attribute.SpanStart, cancellationToken);
        }
    }
}
