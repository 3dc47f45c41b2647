using CatalogSdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CatalogSdk.Analyzers.Support;

/// <summary>Recognises constant procedures and constant grades in operations.</summary>
internal static class OperationHelpers
{
    /// <summary>The operand under any conversions (boxing to object, lifting to nullable, target typing).</summary>
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Whether <paramref name="syntax"/> is inside an attribute: attributes are analyzed from syntax, once.</summary>
    public static bool IsInAttribute(SyntaxNode syntax)
    {
        for (var node = syntax; node is not null; node = node.Parent)
        {
            if (node.IsKind(SyntaxKind.Attribute))
            {
                return true;
            }

            if (node is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="operation"/> is a constant member of a catalogue's <c>Procedure</c> enum:
    /// <c>Procedure.X</c>, a constant local or field that holds one, or a constant cast.
    /// </summary>
    public static bool TryGetConstantProcedure(this IOperation? operation, CatalogueIndex index, out ProcedureCatalogue catalogue, out ProcedureMember member)
    {
        catalogue = null!;
        member = null!;
        if (operation is null)
        {
            return false;
        }

        // Below a boxing or nullable conversion, the operand has the enum's type.
        var current = operation;
        while (true)
        {
            if (index.Find(current.Type) is { } found)
            {
                if (current.ConstantValue.HasValue &&
                    ProcedureCatalogue.TryGetInt64(current.ConstantValue.Value, out var value) &&
                    found.Find(value) is { } procedure)
                {
                    catalogue = found;
                    member = procedure;
                    return true;
                }

                return false;
            }

            if (current is IConversionOperation conversion)
            {
                current = conversion.Operand;
                continue;
            }

            return false;
        }
    }

    /// <summary>Whether <paramref name="operation"/> is a constant <c>SurgicalGrade</c> (under any conversions).</summary>
    public static bool TryGetConstantGrade(this IOperation? operation, CatalogueSymbols symbols, out int grade)
    {
        grade = 0;
        var current = operation;
        while (current is not null)
        {
            if (symbols.IsSurgicalGrade(current.Type))
            {
                if (current.ConstantValue.HasValue && current.ConstantValue.Value is int value)
                {
                    grade = value;
                    return true;
                }

                return false;
            }

            current = current is IConversionOperation conversion ? conversion.Operand : null;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="operation"/> reads the catalogue's grade of a constant procedure:
    /// <c>Catalogue.Get(Procedure.X).Grade</c>, <c>Procedure.X.GetInfo().Grade</c> or <c>Procedure.X.GetGrade()</c>.
    /// </summary>
    public static bool TryGetGradeOfConstantProcedure(this IOperation operation, CatalogueIndex index, out ProcedureCatalogue catalogue, out ProcedureMember member)
    {
        catalogue = null!;
        member = null!;
        var current = operation.WithoutConversions();
        if (current is IPropertyReferenceOperation { Property.Name: "Grade", Instance: { } instance } property &&
            SymbolEqualityComparer.Default.Equals(property.Property.ContainingType.OriginalDefinition, index.Symbols.ProcedureInfo))
        {
            return instance.WithoutConversions() is IInvocationOperation info &&
                   info.TargetMethod.Name is "Get" or "GetInfo" &&
                   IsCatalogueLookup(info, index, out catalogue, out member);
        }

        return current is IInvocationOperation grade &&
               grade.TargetMethod.Name == "GetGrade" &&
               index.Symbols.IsSurgicalGrade(grade.TargetMethod.ReturnType) &&
               IsCatalogueLookup(grade, index, out catalogue, out member);
    }

    /// <summary>A static method generated beside the catalogue, called with a constant procedure as its only argument.</summary>
    private static bool IsCatalogueLookup(IInvocationOperation invocation, CatalogueIndex index, out ProcedureCatalogue catalogue, out ProcedureMember member)
    {
        catalogue = null!;
        member = null!;
        return invocation.TargetMethod.IsStatic &&
               invocation.Arguments.Length == 1 &&
               invocation.Arguments[0].Value.TryGetConstantProcedure(index, out catalogue, out member) &&
               SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingAssembly, catalogue.EnumType.ContainingAssembly) &&
               SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingNamespace, catalogue.EnumType.ContainingNamespace);
    }
}
