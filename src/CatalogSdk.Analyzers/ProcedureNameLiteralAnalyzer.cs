using System.Collections.Immutable;
using System.Text;
using CatalogSdk.Analyzers.Model;
using CatalogSdk.Analyzers.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CatalogSdk.Analyzers;

/// <summary>
/// CSDK3004: a string literal that is, under the catalogue's matching rule, the name of a current procedure — a magic
/// string the generated <c>ProcedureNames</c> constant replaces. Literals anywhere in the code are checked (expressions,
/// constant initialisers, <c>case</c> labels, attribute arguments), except in generated code and in the
/// <c>ProcedureNames</c> class itself. A string that CSDK3002 reports (a retired name, in any catalogue) is not reported
/// here: <see cref="CatalogueIndex.FindCurrentNames"/> answers nothing for it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcedureNameLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(AnalyzerDescriptors.ProcedureNameLiteral);

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
        if (index is null || !index.HasCurrentNames)
        {
            return;
        }

        context.RegisterOperationAction(c => AnalyzeLiteral(c, index), OperationKind.Literal);
        context.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, index), SyntaxKind.Attribute);
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, CatalogueIndex index)
    {
        var literal = (ILiteralOperation)context.Operation;
        // Only a whole string can be a name: the text between the holes of an interpolated string is a part of one.
        if (literal.Type?.SpecialType != SpecialType.System_String ||
            literal.Parent is IInterpolatedStringTextOperation ||
            literal.ConstantValue.Value is not string { Length: > 0 } text ||
            OperationHelpers.IsInAttribute(literal.Syntax) ||
            // The generated constants themselves, should the catalogue's file not be recognised as generated code.
            context.ContainingSymbol is IFieldSymbol { IsConst: true } field && index.IsNamesClass(field.ContainingType))
        {
            return;
        }

        Report(context.ReportDiagnostic, index, literal.Syntax, text);
    }

    /// <summary>Attribute arguments, from syntax: operation actions do not reach them on every compiler version.</summary>
    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, CatalogueIndex index)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is not { Arguments.Count: > 0 } arguments)
        {
            return;
        }

        foreach (var node in arguments.DescendantNodes())
        {
            if (node.IsKind(SyntaxKind.StringLiteralExpression) && ((LiteralExpressionSyntax)node).Token.ValueText is { Length: > 0 } text)
            {
                Report(context.ReportDiagnostic, index, node, text);
            }
        }
    }

    private static void Report(System.Action<Diagnostic> report, CatalogueIndex index, SyntaxNode literal, string text)
    {
        var found = index.FindCurrentNames(text);
        if (found.IsEmpty)
        {
            return;
        }

        // One catalogue: the constant as the code will read it after the fix. Several: each qualified by its namespace.
        var constants = new StringBuilder();
        var zh = new StringBuilder();
        var en = new StringBuilder();
        for (var i = 0; i < found.Length; i++)
        {
            var (catalogue, member) = found[i];
            var constant = ProcedureCatalogue.NamesClassName + "." + member.Identifier;
            var written = found.Length == 1 || catalogue.Namespace.Length == 0 ? constant : catalogue.Namespace + "." + constant;
            zh.Append(i == 0 ? string.Empty : " 或 ").Append(written);
            en.Append(i == 0 ? string.Empty : " or ").Append(written);
            constants.Append(i == 0 ? string.Empty : ";").Append(catalogue.Namespace).Append('|').Append(member.Identifier);
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.NameConstants, constants.ToString());
        report(Diagnostic.Create(
            AnalyzerDescriptors.ProcedureNameLiteral,
            literal.GetLocation(),
            properties,
            found[0].Member.Name,
            zh.ToString(),
            en.ToString()));
    }
}
