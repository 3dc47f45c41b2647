using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Analyzers.Model;

/// <summary>
/// The catalogues one compilation can see: the generated <c>Procedure</c> enums marked <c>[ProcedureCatalogue]</c>, in
/// its own source (where the generator puts them) and in referenced assemblies built with CatalogSdk (a shared
/// catalogue library). Built once per compilation and read-only afterwards, so analysis can run concurrently.
/// </summary>
internal sealed class CatalogueIndex
{
    /// <summary>The name the generator gives every catalogue's procedure enum.</summary>
    public const string ProcedureEnumName = "Procedure";

    private readonly Dictionary<INamedTypeSymbol, ProcedureCatalogue> _byEnum;
    private readonly Dictionary<int, List<IndexedName>> _retiredNamesByHash;
    private readonly Dictionary<int, List<IndexedName>> _currentNamesByHash;

    private CatalogueIndex(CatalogueSymbols symbols, Dictionary<INamedTypeSymbol, ProcedureCatalogue> byEnum)
    {
        Symbols = symbols;
        _byEnum = byEnum;
        _retiredNamesByHash = new Dictionary<int, List<IndexedName>>();
        _currentNamesByHash = new Dictionary<int, List<IndexedName>>();
        foreach (var catalogue in byEnum.Values)
        {
            foreach (var member in catalogue.Members)
            {
                var key = CatalogueText.ToKey(member.Name);
                if (key.Length == 0)
                {
                    continue;
                }

                // A current name is reported only with the constant that replaces it, so only names read from one count.
                if (!member.IsRetired && !member.HasNameConstant)
                {
                    continue;
                }

                var table = member.IsRetired ? _retiredNamesByHash : _currentNamesByHash;
                var hash = CatalogueText.GetKeyHash(member.Name);
                if (!table.TryGetValue(hash, out var list))
                {
                    table.Add(hash, list = new List<IndexedName>(1));
                }

                list.Add(new IndexedName(key, catalogue, member));
            }
        }
    }

    public CatalogueSymbols Symbols { get; }

    /// <summary>Every catalogue the compilation can see.</summary>
    public IEnumerable<ProcedureCatalogue> Catalogues => _byEnum.Values;

    /// <summary>Whether any catalogue has a retired member.</summary>
    public bool HasRetiredNames => _retiredNamesByHash.Count > 0;

    /// <summary>Whether any catalogue has a current member whose name a <c>ProcedureNames</c> constant holds.</summary>
    public bool HasCurrentNames => _currentNamesByHash.Count > 0;

    /// <summary>
    /// The catalogues of <paramref name="compilation"/>, or null when it has none (it does not reference the runtime
    /// library, or no <c>Procedure</c> enum is marked <c>[ProcedureCatalogue]</c>): the analyzers then do nothing.
    /// </summary>
    public static CatalogueIndex? Create(Compilation compilation, CancellationToken cancellationToken)
    {
        var symbols = CatalogueSymbols.Create(compilation);
        if (symbols is null)
        {
            return null;
        }

        var byEnum = new Dictionary<INamedTypeSymbol, ProcedureCatalogue>(SymbolEqualityComparer.Default);

        // Source: the declaration table answers by name without binding anything.
        foreach (var symbol in compilation.GetSymbolsWithName(ProcedureEnumName, SymbolFilter.Type, cancellationToken))
        {
            if (symbol is INamedTypeSymbol type)
            {
                Add(type, symbols, byEnum);
            }
        }

        // References: only assemblies that reference the runtime library and declare a type named Procedure.
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly &&
                !SymbolEqualityComparer.Default.Equals(assembly, symbols.RuntimeAssembly) &&
                assembly.TypeNames.Contains(ProcedureEnumName) &&
                ReferencesRuntime(assembly, symbols.RuntimeAssembly))
            {
                AddFromNamespace(assembly.GlobalNamespace, symbols, byEnum, cancellationToken);
            }
        }

        return byEnum.Count == 0 ? null : new CatalogueIndex(symbols, byEnum);
    }

    /// <summary>The catalogue whose <c>Procedure</c> enum is <paramref name="type"/>, or null.</summary>
    public ProcedureCatalogue? Find(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named && _byEnum.TryGetValue(named, out var catalogue) ? catalogue : null;

    /// <summary>
    /// The retired procedure whose name <paramref name="text"/> is under the catalogue's matching rule, if any (CSDK3002).
    /// A retired name that the same catalogue also gives a current procedure is that procedure's name, not a retired one
    /// (<see cref="FindCurrentNames"/> answers for it); a retired name in one catalogue wins over a current name in another.
    /// </summary>
    public bool TryFindRetiredName(string text, out ProcedureCatalogue catalogue, out ProcedureMember member)
    {
        // The hash and the comparison fold without allocating; most strings miss at the hash.
        var hash = CatalogueText.GetKeyHash(text);
        if (_retiredNamesByHash.TryGetValue(hash, out var candidates))
        {
            _currentNamesByHash.TryGetValue(hash, out var current);
            foreach (var candidate in candidates)
            {
                if (CatalogueText.MatchesKey(text, candidate.Key) && !HasName(current, candidate.Catalogue, candidate.Key))
                {
                    catalogue = candidate.Catalogue;
                    member = candidate.Member;
                    return true;
                }
            }
        }

        catalogue = null!;
        member = null!;
        return false;
    }

    /// <summary>
    /// The current procedures, one per catalogue, whose name <paramref name="text"/> is under the catalogue's matching rule
    /// (CSDK3004), in the order of their catalogues' namespaces; empty when there is none, or when
    /// <see cref="TryFindRetiredName"/> finds the text, so that one string is never reported twice.
    /// </summary>
    public ImmutableArray<(ProcedureCatalogue Catalogue, ProcedureMember Member)> FindCurrentNames(string text)
    {
        var hash = CatalogueText.GetKeyHash(text);
        if (!_currentNamesByHash.TryGetValue(hash, out var candidates) || TryFindRetiredName(text, out _, out _))
        {
            return ImmutableArray<(ProcedureCatalogue, ProcedureMember)>.Empty;
        }

        var found = ImmutableArray.CreateBuilder<(ProcedureCatalogue Catalogue, ProcedureMember Member)>();
        foreach (var candidate in candidates)
        {
            if (CatalogueText.MatchesKey(text, candidate.Key) && !Contains(found, candidate.Catalogue))
            {
                found.Add((candidate.Catalogue, candidate.Member));
            }
        }

        if (found.Count > 1)
        {
            found.Sort((x, y) => string.CompareOrdinal(x.Catalogue.Namespace, y.Catalogue.Namespace));
        }

        return found.ToImmutable();
    }

    /// <summary>Whether <paramref name="type"/> is the <c>ProcedureNames</c> class generated beside one of the catalogues.</summary>
    public bool IsNamesClass(INamedTypeSymbol? type)
    {
        if (type is not { Name: ProcedureCatalogue.NamesClassName, ContainingType: null })
        {
            return false;
        }

        foreach (var catalogue in _byEnum.Values)
        {
            if (SymbolEqualityComparer.Default.Equals(catalogue.EnumType.ContainingNamespace, type.ContainingNamespace) &&
                SymbolEqualityComparer.Default.Equals(catalogue.EnumType.ContainingAssembly, type.ContainingAssembly))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasName(List<IndexedName>? names, ProcedureCatalogue catalogue, string key)
    {
        if (names is not null)
        {
            foreach (var name in names)
            {
                if (ReferenceEquals(name.Catalogue, catalogue) && string.Equals(name.Key, key, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(ImmutableArray<(ProcedureCatalogue Catalogue, ProcedureMember Member)>.Builder found, ProcedureCatalogue catalogue)
    {
        foreach (var item in found)
        {
            if (ReferenceEquals(item.Catalogue, catalogue))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(INamedTypeSymbol type, CatalogueSymbols symbols, Dictionary<INamedTypeSymbol, ProcedureCatalogue> byEnum)
    {
        if (!byEnum.ContainsKey(type) && ProcedureCatalogue.TryCreate(type, symbols) is { } catalogue)
        {
            byEnum.Add(type, catalogue);
        }
    }

    private static void AddFromNamespace(INamespaceSymbol ns, CatalogueSymbols symbols, Dictionary<INamedTypeSymbol, ProcedureCatalogue> byEnum, CancellationToken cancellationToken)
    {
        foreach (var type in ns.GetTypeMembers(ProcedureEnumName))
        {
            Add(type, symbols, byEnum);
        }

        foreach (var nested in ns.GetNamespaceMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddFromNamespace(nested, symbols, byEnum, cancellationToken);
        }
    }

    private static bool ReferencesRuntime(IAssemblySymbol assembly, IAssemblySymbol runtime)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                if (SymbolEqualityComparer.Default.Equals(referenced, runtime))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed class IndexedName
    {
        public IndexedName(string key, ProcedureCatalogue catalogue, ProcedureMember member)
        {
            Key = key;
            Catalogue = catalogue;
            Member = member;
        }

        public string Key { get; }

        public ProcedureCatalogue Catalogue { get; }

        public ProcedureMember Member { get; }
    }
}
