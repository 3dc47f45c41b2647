using CatalogSdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Analyzers.Support;

/// <summary>
/// Where <c>[AllowRetiredProcedures(reason)]</c> allows retired procedures: inside the marked method, local function,
/// lambda, constructor, property (its accessors included), class or struct, and every type nested in a marked type.
/// </summary>
internal static class RetiredProcedureOptOut
{
    /// <summary>Whether <paramref name="symbol"/> or anything that contains it is marked.</summary>
    public static bool IsAllowed(ISymbol? symbol, CatalogueSymbols symbols)
    {
        var attribute = symbols.AllowRetiredProceduresAttribute;
        if (attribute is null)
        {
            return false;
        }

        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (ProcedureCatalogue.HasAttribute(current, attribute))
            {
                return true;
            }

            // An accessor's attributes are its own; the property's (or event's) cover it too.
            if (current is IMethodSymbol { AssociatedSymbol: { } associated } && ProcedureCatalogue.HasAttribute(associated, attribute))
            {
                return true;
            }
        }

        return false;
    }
}
