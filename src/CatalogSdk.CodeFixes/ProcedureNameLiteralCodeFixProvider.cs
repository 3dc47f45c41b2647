using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CatalogSdk.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace CatalogSdk.CodeFixes;

/// <summary>
/// CSDK3004: replaces a string that names a current procedure with the generated <c>ProcedureNames</c> constant (the
/// expression stays a constant string, so it works in <c>const</c> initialisers, <c>case</c> labels and attribute
/// arguments too), and <c>Catalogue.Find("name")</c> with <c>Catalogue.Get(Procedure.X)</c>. It adds
/// <c>using &lt;catalogue namespace&gt;;</c> when that makes no simple name of the file ambiguous, and qualifies the
/// constant otherwise. When several catalogues hold the name, it offers one action per catalogue.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProcedureNameLiteralCodeFixProvider))]
[Shared]
public sealed class ProcedureNameLiteralCodeFixProvider : CodeFixProvider
{
    /// <summary>
    /// The start of the equivalence keys; the catalogue's namespace follows (<c>CSDK3004.UseConstant:MyHospital.Catalog</c>),
    /// so fix-all applies one catalogue's constants everywhere.
    /// </summary>
    public const string EquivalenceKeyPrefix = "CSDK3004.UseConstant:";

    private const string NamesClass = "ProcedureNames";
    private const string ProcedureEnum = "Procedure";

    /// <summary>Marks the qualified names the fix writes, to simplify (and import) once the file's usings are decided.</summary>
    private static readonly SyntaxAnnotation s_written = new("CatalogSdk.CSDK3004.Written");

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(AnalyzerDescriptors.ProcedureNameLiteral.Id);

    /// <summary>The equivalence key of the action that uses the constants of the catalogue in <paramref name="catalogueNamespace"/>.</summary>
    public static string EquivalenceKey(string catalogueNamespace) => EquivalenceKeyPrefix + catalogueNamespace;

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        // One pass per document: every literal of the scope, and at most one using directive per file.
        FixAllProvider.Create(async (context, document, diagnostics) =>
            context.CodeActionEquivalenceKey is { } key && key.StartsWith(EquivalenceKeyPrefix, StringComparison.Ordinal)
                ? await FixDocumentAsync(document, diagnostics, key.Substring(EquivalenceKeyPrefix.Length), context.CancellationToken).ConfigureAwait(false)
                : null);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var constants = Constants(diagnostic);
            if (constants.Count == 0 || FindLiteral(root, diagnostic) is not { } literal)
            {
                continue;
            }

            foreach (var (ns, identifier) in constants)
            {
                var qualifier = constants.Count > 1 && ns.Length > 0 ? ns + "." : string.Empty;
                var written = TypedFind(model, literal, ns, context.CancellationToken) is not null
                    ? "Catalogue.Get(" + qualifier + ProcedureEnum + "." + identifier + ")"
                    : qualifier + NamesClass + "." + identifier;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        CodeFixResources.UseConstant(written),
                        cancellationToken => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), ns, cancellationToken),
                        EquivalenceKey(ns)),
                    diagnostic);
            }
        }
    }

    /// <summary>The constants a diagnostic names (<see cref="DiagnosticProperties.NameConstants"/>): namespace and identifier.</summary>
    private static List<(string Namespace, string Identifier)> Constants(Diagnostic diagnostic)
    {
        var constants = new List<(string, string)>();
        if (diagnostic.Properties.TryGetValue(DiagnosticProperties.NameConstants, out var value) && !string.IsNullOrEmpty(value))
        {
            foreach (var entry in value!.Split(';'))
            {
                var bar = entry.IndexOf('|');
                if (bar >= 0 && bar < entry.Length - 1)
                {
                    constants.Add((entry.Substring(0, bar), entry.Substring(bar + 1)));
                }
            }
        }

        return constants;
    }

    private static LiteralExpressionSyntax? FindLiteral(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        return root.FindToken(span.Start).Parent is LiteralExpressionSyntax literal &&
               literal.IsKind(SyntaxKind.StringLiteralExpression) &&
               literal.Span == span
            ? literal
            : null;
    }

    /// <summary>
    /// <c>Catalogue.Find(literal)</c> of the catalogue in <paramref name="ns"/>, when <c>Catalogue.Get(Procedure.X)</c> is
    /// the same call typed: the literal is a current name, which Find finds, and Get returns the same information.
    /// </summary>
    private static InvocationExpressionSyntax? TypedFind(SemanticModel model, LiteralExpressionSyntax literal, string ns, CancellationToken cancellationToken)
    {
        if (literal.Parent is not ArgumentSyntax { RefKindKeyword.RawKind: 0 } argument ||
            argument.Parent is not ArgumentListSyntax { Arguments.Count: 1 } arguments ||
            arguments.Parent is not InvocationExpressionSyntax invocation ||
            invocation.Expression is not (MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Find" } or IdentifierNameSyntax { Identifier.ValueText: "Find" }) ||
            model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol
            {
                Name: "Find", IsStatic: true, Parameters.Length: 1, ContainingType: { Name: "Catalogue" } catalogue,
            } find ||
            find.Parameters[0].Type.SpecialType != SpecialType.System_String ||
            NamespaceOf(catalogue) != ns)
        {
            return null;
        }

        var procedure = catalogue.ContainingNamespace.GetTypeMembers(ProcedureEnum).FirstOrDefault(t => t.TypeKind == TypeKind.Enum);
        var hasGet = catalogue.GetMembers("Get").OfType<IMethodSymbol>().Any(get =>
            get.IsStatic &&
            get.Parameters.Length == 1 &&
            SymbolEqualityComparer.Default.Equals(get.Parameters[0].Type, procedure) &&
            SymbolEqualityComparer.Default.Equals(get.ReturnType, find.ReturnType));
        return hasGet ? invocation : null;
    }

    private static string NamespaceOf(ISymbol symbol) =>
        symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

    /// <summary>Replaces every literal of <paramref name="diagnostics"/> in <paramref name="document"/> that names a procedure of the catalogue in <paramref name="ns"/>.</summary>
    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string ns, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int? position = null;
        foreach (var diagnostic in diagnostics)
        {
            var constant = Constants(diagnostic).FirstOrDefault(c => c.Namespace == ns);
            if (constant.Identifier is null || FindLiteral(root, diagnostic) is not { } literal)
            {
                continue;
            }

            position ??= literal.SpanStart;
            if (TypedFind(model, literal, ns, cancellationToken) is { } find && !replacements.ContainsKey(find))
            {
                // Catalogue.Find("name") → Catalogue.Get(Procedure.X): the receiver stays as written.
                var get = SyntaxFactory.IdentifierName("Get");
                ExpressionSyntax target = find.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.WithName(get.WithTriviaFrom(access.Name)),
                    var name => get.WithTriviaFrom(name),
                };
                var argument = (ArgumentSyntax)literal.Parent!;
                var member = Qualified(ns, ProcedureEnum, constant.Identifier).WithTriviaFrom(literal);
                replacements.Add(find, find
                    .WithExpression(target)
                    .WithArgumentList(find.ArgumentList.WithArguments(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.Argument(member).WithTriviaFrom(argument)))));
                names.Add(ProcedureEnum);
            }
            else if (!replacements.ContainsKey(literal))
            {
                replacements.Add(literal, Qualified(ns, NamesClass, constant.Identifier).WithTriviaFrom(literal));
                names.Add(NamesClass);
            }
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var addImport = position is { } at && ShouldAddImport(model, root, ns, names, at, cancellationToken);
        var newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        newRoot = newRoot.ReplaceNodes(newRoot.GetAnnotatedNodes(s_written), (_, node) => addImport
            ? node.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)
            : node.WithAdditionalAnnotations(Simplifier.Annotation));

        var changed = document.WithSyntaxRoot(newRoot);
        if (addImport)
        {
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether to add <c>using <paramref name="ns"/>;</c>: the names the fix writes do not already bind to the catalogue
    /// here, and importing the namespace makes no name ambiguous — neither the ones the fix writes nor any type name of
    /// the namespace that the file already uses for another type.
    /// </summary>
    private static bool ShouldAddImport(SemanticModel model, SyntaxNode root, string ns, HashSet<string> names, int position, CancellationToken cancellationToken)
    {
        if (ns.Length == 0 || root is not CompilationUnitSyntax unit)
        {
            return false;
        }

        var target = FindNamespace(model.Compilation.GlobalNamespace, ns);
        if (target is null)
        {
            return false;
        }

        var bound = 0;
        foreach (var name in names)
        {
            var found = model.LookupNamespacesAndTypes(position, name: name);
            if (found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0].ContainingNamespace, target))
            {
                bound++;
            }
            else if (found.Length > 0)
            {
                // Another catalogue's ProcedureNames (or Procedure) is in scope: the simple name would be ambiguous.
                return false;
            }
        }

        if (bound == names.Count)
        {
            return false;
        }

        // Importing the namespace brings every public type of it into the file: none may clash with a type the file uses.
        var used = new HashSet<string>(
            unit.DescendantNodes().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText),
            StringComparer.Ordinal);
        var start = unit.Members.Count > 0 ? unit.Members[0].SpanStart : position;
        foreach (var type in target.GetTypeMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (type.DeclaredAccessibility != Accessibility.Public || !used.Contains(type.Name))
            {
                continue;
            }

            foreach (var existing in model.LookupNamespacesAndTypes(start, name: type.Name))
            {
                if (!SymbolEqualityComparer.Default.Equals(existing, type))
                {
                    return false;
                }
            }

            foreach (var existing in model.LookupNamespacesAndTypes(position, name: type.Name))
            {
                if (!SymbolEqualityComparer.Default.Equals(existing, type))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string ns)
    {
        var current = global;
        foreach (var part in ns.Split('.'))
        {
            current = current.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary><c>global::N.Type.Identifier</c> (or <c>global::Type.Identifier</c> for the global namespace), as member accesses.</summary>
    private static ExpressionSyntax Qualified(string ns, string type, string identifier)
    {
        ExpressionSyntax? qualifier = null;
        foreach (var part in ns.Length == 0 ? new[] { type } : ns.Split('.').Append(type))
        {
            var name = SyntaxFactory.IdentifierName(part);
            qualifier = qualifier is null
                ? SyntaxFactory.AliasQualifiedName(SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)), name)
                : SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, qualifier, name);
        }

        return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, qualifier!, SyntaxFactory.IdentifierName(identifier))
            .WithAdditionalAnnotations(s_written);
    }
}
