using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>
/// What generated code may contain, checked on its syntax and symbols rather than its text: no catalogue text can
/// add a type, a member, an attribute, a directive or a statement. The checks return every problem found, so the
/// fuzzer can record them and a test can show them all at once.
/// </summary>
internal static class GeneratedCodeCheck
{
    /// <summary>The types every catalogue generates, and nothing else.</summary>
    public static readonly string[] ExpectedTypes =
    {
        "Catalogue", "Procedure", "ProcedureExtensions", "ProcedureNames", "Specialty", "SpecialtyExtensions",
    };

    /// <summary>The attributes the generator writes; no other may appear.</summary>
    public static readonly string[] GeneratorAttributes =
    {
        "global::System.CodeDom.Compiler.GeneratedCode",
        "global::CatalogSdk.ProcedureCatalogue",
        "global::CatalogSdk.CatalogueGrade",
        "global::CatalogSdk.RetiredProcedure",
        "global::CatalogSdk.Regraded",
    };

    /// <summary>The only method attributes the generator writes: inlining hints on the lookups and their throw helper.</summary>
    public static readonly string[] GeneratorMethodAttributes =
    {
        "global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)",
        "global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)",
    };

    private static readonly string[] s_fileKinds = { "Catalogue", "Extensions", "Procedure", "ProcedureNames", "Specialty" };

    /// <summary>
    /// The members of the types whose shape does not depend on the catalogue (Catalogue and the two extension
    /// classes): taken once from a small clean catalogue. Any catalogue must give exactly these.
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> s_fixedShapes = new(() =>
    {
        var outcome = GeneratorHarness.Run("shape.txt", Catalogues.Build("甲手术"));
        var trees = GeneratedTrees(outcome).ToList();
        return new[] { "Catalogue", "ProcedureExtensions", "SpecialtyExtensions" }
            .ToDictionary(t => t, t => MemberShape(trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>()).Single(d => d.Identifier.ValueText == t)));
    });

    /// <summary>
    /// The problems with <paramref name="outcome"/>'s generated code for a catalogue whose namespace is
    /// <paramref name="expectedNamespace"/> and whose procedures are <paramref name="expectedProcedures"/>
    /// (identifier, when known, and the name exactly as written), with <paramref name="expectedSpecialties"/> specialties.
    /// Empty when the code is as it must be.
    /// </summary>
    public static List<string> Problems(
        GeneratorOutcome outcome,
        string expectedNamespace,
        IReadOnlyList<(string? Identifier, string Name)> expectedProcedures,
        int expectedSpecialties)
    {
        var problems = new List<string>();
        if (outcome.Exception is not null)
        {
            problems.Add("the generator threw " + outcome.Exception);
        }

        foreach (var d in outcome.Diagnostics.Where(d => d.Id == "CSDK9001"))
        {
            problems.Add("internal generator failure: " + GeneratorOutcome.Describe(d));
        }

        var expectedHints = s_fileKinds.Select(k => expectedNamespace + "." + k + ".g.cs").OrderBy(h => h, StringComparer.Ordinal).ToArray();
        var hints = outcome.Sources.Select(s => s.HintName).ToArray();
        if (!hints.SequenceEqual(expectedHints))
        {
            problems.Add("generated files [" + string.Join(", ", hints) + "], expected [" + string.Join(", ", expectedHints) + "]");
            return problems;
        }

        var trees = GeneratedTrees(outcome).ToList();
        foreach (var tree in trees)
        {
            foreach (var d in tree.GetDiagnostics())
            {
                problems.Add("parse: " + d);
            }

            CheckTrivia(tree, outcome.LanguageVersion, problems);
            CheckTopLevel(tree, expectedNamespace, problems);
        }

        // Emit, not only GetDiagnostics: some limits (metadata name lengths) are checked only when writing the assembly.
        using (var image = new System.IO.MemoryStream())
        {
            var emit = outcome.Output.Emit(image);
            foreach (var d in emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                problems.Add("compile: " + d);
            }

            if (!emit.Success && problems.Count == 0)
            {
                problems.Add("the compilation did not emit");
            }
        }

        var types = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
            .Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            .ToList();
        var typeNames = types.Select(TypeName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        if (!typeNames.SequenceEqual(ExpectedTypes))
        {
            problems.Add("declared types [" + string.Join(", ", typeNames) + "], expected [" + string.Join(", ", ExpectedTypes) + "]");
            return problems;
        }

        foreach (var type in types)
        {
            if (type.Parent is not NamespaceDeclarationSyntax ns || ns.Name.ToString() != expectedNamespace)
            {
                problems.Add("type " + TypeName(type) + " is not declared directly in namespace " + expectedNamespace);
            }
        }

        CheckAttributes(trees, problems);
        CheckProcedureEnum(types.OfType<EnumDeclarationSyntax>().Single(e => e.Identifier.ValueText == "Procedure"), expectedProcedures, problems);
        var specialty = types.OfType<EnumDeclarationSyntax>().Single(e => e.Identifier.ValueText == "Specialty");
        if (specialty.Members.Count != expectedSpecialties)
        {
            problems.Add("Specialty has " + specialty.Members.Count + " members, expected " + expectedSpecialties);
        }

        CheckNames(outcome.Output, expectedNamespace, types.OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == "ProcedureNames"), expectedProcedures, problems);
        foreach (var (name, shape) in s_fixedShapes.Value)
        {
            var actual = MemberShape(types.OfType<TypeDeclarationSyntax>().Single(t => t.Identifier.ValueText == name));
            if (!actual.SequenceEqual(shape))
            {
                problems.Add(name + " members [" + string.Join(", ", actual.Except(shape)) + "] differ from the fixed shape [" + string.Join(", ", shape.Except(actual)) + "]");
            }
        }

        var count = outcome.Output.GetTypeByMetadataName(expectedNamespace + ".Catalogue")?.GetMembers("EntryCount").OfType<IFieldSymbol>().SingleOrDefault()?.ConstantValue;
        if (!Equals(count, expectedProcedures.Count))
        {
            problems.Add("Catalogue.EntryCount is " + count + ", expected " + expectedProcedures.Count);
        }

        return problems;
    }

    /// <summary>The generated syntax trees of <paramref name="outcome"/>.</summary>
    public static IEnumerable<SyntaxTree> GeneratedTrees(GeneratorOutcome outcome) => outcome.Sources.Select(s => s.SyntaxTree);

    private static void CheckTrivia(SyntaxTree tree, LanguageVersion languageVersion, List<string> problems)
    {
        var root = tree.GetRoot();
        var nullable = 0;
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.IsDirective)
            {
                if (trivia.GetStructure() is NullableDirectiveTriviaSyntax n && n.SettingToken.IsKind(SyntaxKind.EnableKeyword) && n.TargetToken.IsKind(SyntaxKind.None))
                {
                    nullable++;
                }
                else
                {
                    problems.Add(tree.FilePath + ": directive " + trivia.ToFullString().Trim());
                }
            }
            else if (trivia.IsKind(SyntaxKind.SkippedTokensTrivia) || trivia.IsKind(SyntaxKind.DisabledTextTrivia) || trivia.IsKind(SyntaxKind.ConflictMarkerTrivia))
            {
                problems.Add(tree.FilePath + ": " + trivia.Kind() + " " + trivia.ToFullString());
            }
            else if (trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                problems.Add(tree.FilePath + ": unexpected comment " + trivia.ToFullString());
            }
        }

        var expected = languageVersion >= LanguageVersion.CSharp8 ? 1 : 0;
        if (nullable != expected)
        {
            problems.Add(tree.FilePath + ": " + nullable + " #nullable enable directives, expected " + expected);
        }
    }

    private static void CheckTopLevel(SyntaxTree tree, string expectedNamespace, List<string> problems)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        if (root.Usings.Count > 0 || root.Externs.Count > 0 || root.AttributeLists.Count > 0)
        {
            problems.Add(tree.FilePath + ": usings, extern aliases or assembly attributes at the top level");
        }

        if (root.Members.Count != 1 || root.Members[0] is not NamespaceDeclarationSyntax ns || ns.Name.ToString() != expectedNamespace ||
            ns.Usings.Count > 0 || ns.Externs.Count > 0 || ns.Members.Any(m => m is BaseNamespaceDeclarationSyntax))
        {
            problems.Add(tree.FilePath + ": the file is not exactly one namespace " + expectedNamespace + " holding types");
        }
    }

    private static void CheckAttributes(IEnumerable<SyntaxTree> trees, List<string> problems)
    {
        foreach (var list in trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<AttributeListSyntax>()))
        {
            if (list.Target is not null)
            {
                problems.Add("attribute with a target: " + list);
            }

            foreach (var attribute in list.Attributes)
            {
                if (list.Parent is MethodDeclarationSyntax && GeneratorMethodAttributes.Contains(attribute.ToString(), StringComparer.Ordinal))
                {
                    continue;
                }

                if (!GeneratorAttributes.Contains(attribute.Name.ToString(), StringComparer.Ordinal))
                {
                    problems.Add("foreign attribute " + attribute);
                }
            }
        }

        foreach (var type in trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()))
        {
            var names = type.AttributeLists.SelectMany(l => l.Attributes).Select(a => a.Name.ToString()).ToList();
            var expected = TypeName(type) == "Procedure" ? 2 : 1;
            if (names.Count != expected || !names.Contains(GeneratorAttributes[0]))
            {
                problems.Add(TypeName(type) + " has attributes [" + string.Join(", ", names) + "]");
            }
        }
    }

    private static void CheckProcedureEnum(EnumDeclarationSyntax procedure, IReadOnlyList<(string? Identifier, string Name)> expected, List<string> problems)
    {
        if (procedure.Members.Count != expected.Count)
        {
            problems.Add("Procedure has " + procedure.Members.Count + " members, expected " + expected.Count + ": [" + string.Join(", ", procedure.Members.Select(m => m.Identifier.ValueText)) + "]");
        }

        var identifiers = procedure.Members.Select(m => m.Identifier.ValueText).ToList();
        if (identifiers.Distinct(StringComparer.Ordinal).Count() != identifiers.Count)
        {
            problems.Add("Procedure members repeat an identifier");
        }

        foreach (var member in procedure.Members)
        {
            var grades = member.AttributeLists.SelectMany(l => l.Attributes).Count(a => a.Name.ToString() == "global::CatalogSdk.CatalogueGrade");
            if (grades != 1)
            {
                problems.Add("Procedure." + member.Identifier.ValueText + " has " + grades + " grade attributes");
            }

            if (member.EqualsValue?.Value is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                problems.Add("Procedure." + member.Identifier.ValueText + " is not set to a number");
            }
        }

        foreach (var (identifier, _) in expected)
        {
            if (identifier is not null && !identifiers.Contains(identifier, StringComparer.Ordinal))
            {
                problems.Add("Procedure has no member " + identifier);
            }
        }
    }

    /// <summary>Every name constant, read back from the compiled constant, is the name exactly as written.</summary>
    private static void CheckNames(
        Compilation compilation,
        string expectedNamespace,
        ClassDeclarationSyntax names,
        IReadOnlyList<(string? Identifier, string Name)> expected,
        List<string> problems)
    {
        if (names.Members.Any(m => m is not FieldDeclarationSyntax f || !f.Modifiers.Any(SyntaxKind.ConstKeyword) || f.Declaration.Variables.Count != 1))
        {
            problems.Add("ProcedureNames holds something other than one constant per declaration");
        }

        var type = compilation.GetTypeByMetadataName(expectedNamespace + ".ProcedureNames");
        if (type is null)
        {
            problems.Add("ProcedureNames does not bind");
            return;
        }

        var constants = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToDictionary(f => f.Name, f => f.ConstantValue as string, StringComparer.Ordinal);
        var values = constants.Values.OrderBy(v => v, StringComparer.Ordinal).ToArray();
        var wanted = expected.Select(e => e.Name).OrderBy(v => v, StringComparer.Ordinal).ToArray();
        if (!values.SequenceEqual(wanted, StringComparer.Ordinal))
        {
            problems.Add("ProcedureNames values [" + string.Join(", ", values.Select(Show)) + "], expected [" + string.Join(", ", wanted.Select(Show)) + "]");
        }

        foreach (var (identifier, name) in expected)
        {
            if (identifier is not null && (!constants.TryGetValue(identifier, out var value) || !string.Equals(value, name, StringComparison.Ordinal)))
            {
                problems.Add("ProcedureNames." + identifier + " is not " + Show(name));
            }
        }
    }

    /// <summary>A string with every character outside printable ASCII and CJK shown as \uXXXX, for messages.</summary>
    public static string Show(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            if ((c >= ' ' && c < '\u007F') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uFF01' && c <= '\uFF5E') || c == '（' || c == '）')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    private static string TypeName(MemberDeclarationSyntax type) => type switch
    {
        BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
        DelegateDeclarationSyntax d => d.Identifier.ValueText,
        _ => type.Kind().ToString(),
    };

    /// <summary>Kind and name of every member, in declaration order.</summary>
    private static string[] MemberShape(TypeDeclarationSyntax type) =>
        type.Members.Select(m => m.Kind() + " " + m switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText + "(" + method.ParameterList.Parameters.Count + ")",
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            FieldDeclarationSyntax field => string.Join(",", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
            BaseTypeDeclarationSyntax nested => nested.Identifier.ValueText,
            _ => m.ToString(),
        }).ToArray();
}
