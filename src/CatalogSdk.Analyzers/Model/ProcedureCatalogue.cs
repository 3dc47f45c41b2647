using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Analyzers.Model;

/// <summary>
/// One generated catalogue as the analyzers see it: its <c>Procedure</c> enum (marked <c>[ProcedureCatalogue]</c>) and
/// what the attributes of each member say. Built from symbols only; nothing is parsed.
/// </summary>
internal sealed class ProcedureCatalogue
{
    /// <summary>The name of the generated class of name constants, in the enum's namespace.</summary>
    public const string NamesClassName = "ProcedureNames";

    private readonly Dictionary<IFieldSymbol, ProcedureMember> _byField;
    private readonly Dictionary<long, ProcedureMember> _byValue;

    private ProcedureCatalogue(INamedTypeSymbol enumType, Dictionary<IFieldSymbol, ProcedureMember> byField, Dictionary<long, ProcedureMember> byValue)
    {
        EnumType = enumType;
        _byField = byField;
        _byValue = byValue;
    }

    /// <summary>The generated <c>Procedure</c> enum.</summary>
    public INamedTypeSymbol EnumType { get; }

    public IEnumerable<ProcedureMember> Members => _byField.Values;

    /// <summary>The namespace the generator put the catalogue in (<c>MyHospital.Catalog</c>; empty for the global namespace).</summary>
    public string Namespace => EnumType.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

    /// <summary>The member <paramref name="field"/> declares, or null when it is not a member of this enum.</summary>
    public ProcedureMember? Find(IFieldSymbol field) =>
        _byField.TryGetValue(field.OriginalDefinition, out var member) ? member : null;

    /// <summary>The member with the value <paramref name="value"/>, or null.</summary>
    public ProcedureMember? Find(long value) => _byValue.TryGetValue(value, out var member) ? member : null;

    /// <summary>
    /// Reads <paramref name="enumType"/>, or returns null when it is not a catalogue's <c>Procedure</c> enum (not an enum,
    /// or not marked <c>[ProcedureCatalogue]</c>: an enum that merely has the same member names).
    /// </summary>
    public static ProcedureCatalogue? TryCreate(INamedTypeSymbol enumType, CatalogueSymbols symbols)
    {
        if (enumType.TypeKind != TypeKind.Enum || !HasAttribute(enumType, symbols.ProcedureCatalogueAttribute))
        {
            return null;
        }

        var byField = new Dictionary<IFieldSymbol, ProcedureMember>(SymbolEqualityComparer.Default);
        var byValue = new Dictionary<long, ProcedureMember>();
        foreach (var symbol in enumType.GetMembers())
        {
            if (symbol is not IFieldSymbol { HasConstantValue: true } field || !TryGetInt64(field.ConstantValue, out var value))
            {
                continue;
            }

            var member = Read(field, value, symbols);
            byField[field] = member;
            if (!byValue.ContainsKey(value))
            {
                byValue.Add(value, member);
            }
        }

        var catalogue = new ProcedureCatalogue(enumType, byField, byValue);
        catalogue.ReadNames();
        catalogue.ResolveSuccessors();
        return catalogue;
    }

    /// <summary>Whether <paramref name="symbol"/> carries an attribute of the class <paramref name="attribute"/>.</summary>
    public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The integral value of an enum constant, whatever the enum's underlying type.</summary>
    public static bool TryGetInt64(object? constant, out long value)
    {
        switch (constant)
        {
            case int i: value = i; return true;
            case long l: value = l; return true;
            case short s: value = s; return true;
            case sbyte sb: value = sb; return true;
            case byte b: value = b; return true;
            case ushort us: value = us; return true;
            case uint ui: value = ui; return true;
            case ulong ul when ul <= long.MaxValue: value = (long)ul; return true;
            default: value = 0; return false;
        }
    }

    private static ProcedureMember Read(IFieldSymbol field, long value, CatalogueSymbols symbols)
    {
        int? grade = null;
        string? retiredIn = null;
        int? successor = null;
        var regrades = ImmutableArray.CreateBuilder<Regrade>();
        foreach (var data in field.GetAttributes())
        {
            var arguments = data.ConstructorArguments;
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, symbols.CatalogueGradeAttribute))
            {
                if (arguments.Length == 1 && arguments[0].Value is int g)
                {
                    grade = g;
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, symbols.RetiredProcedureAttribute))
            {
                retiredIn = arguments.Length == 1 && arguments[0].Value is string edition ? edition : "?";
                foreach (var named in data.NamedArguments)
                {
                    if (named.Key == "SuccessorId" && named.Value.Value is int id && id > 0)
                    {
                        successor = id;
                    }
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, symbols.RegradedAttribute))
            {
                if (arguments.Length == 3 && arguments[0].Value is string edition && arguments[1].Value is int from && arguments[2].Value is int to)
                {
                    regrades.Add(new Regrade(edition, from, to));
                }
            }
        }

        return new ProcedureMember(field, value, grade, retiredIn, successor, regrades.ToImmutable());
    }

    /// <summary>Takes each member's catalogue name from the <c>ProcedureNames</c> constant with the same identifier.</summary>
    private void ReadNames()
    {
        foreach (var names in EnumType.ContainingNamespace.GetTypeMembers(NamesClassName))
        {
            foreach (var symbol in names.GetMembers())
            {
                if (symbol is IFieldSymbol { IsConst: true, ConstantValue: string name } field)
                {
                    foreach (var member in EnumType.GetMembers(field.Name))
                    {
                        if (member is IFieldSymbol enumField && _byField.TryGetValue(enumField, out var procedure))
                        {
                            procedure.Name = name;
                            procedure.HasNameConstant = true;
                        }
                    }
                }
            }
        }
    }

    private void ResolveSuccessors()
    {
        foreach (var member in _byField.Values)
        {
            if (!member.IsRetired)
            {
                continue;
            }

            // Follow successors that were retired in turn; the visited set stops a cycle in a damaged lock.
            var visited = new HashSet<long> { member.Value };
            var next = member.SuccessorId is { } id ? Find(id) : null;
            while (next is not null && next.IsRetired && next.SuccessorId is { } nextId && visited.Add(next.Value))
            {
                next = Find(nextId);
            }

            member.CurrentSuccessor = next is { IsRetired: false } ? next : null;
        }
    }
}
