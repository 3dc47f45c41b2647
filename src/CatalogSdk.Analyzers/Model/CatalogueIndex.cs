using System.Collections.Generic;
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
    private readonly Dictionary<int, List<RetiredName>> _retiredNamesByHash;

    private CatalogueIndex(CatalogueSymbols symbols, Dictionary<INamedTypeSymbol, ProcedureCatalogue> byEnum)
    {
        Symbols = symbols;
        _byEnum = byEnum;
        _retiredNamesByHash = new Dictionary<int, List<RetiredName>>();
        foreach (var catalogue in byEnum.Values)
        {
            foreach (var member in catalogue.Members)
            {
                if (!member.IsRetired)
                {
                    continue;
                }

                var key = CatalogueText.ToKey(member.Name);
                if (key.Length == 0)
                {
                    continue;
                }

                var hash = CatalogueText.GetKeyHash(member.Name);
                if (!_retiredNamesByHash.TryGetValue(hash, out var list))
                {
                    _retiredNamesByHash.Add(hash, list = new List<RetiredName>(1));
                }

                list.Add(new RetiredName(key, catalogue, member));
            }
        }
    }

    public CatalogueSymbols Symbols { get; }

    /// <summary>Every catalogue the compilation can see.</summary>
    public IEnumerable<ProcedureCatalogue> Catalogues => _byEnum.Values;

    /// <summary>Whether any catalogue has a retired member.</summary>
    public bool HasRetiredNames => _retiredNamesByHash.Count > 0;

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

    /// <summary>The retired procedure whose name <paramref name="text"/> is under the catalogue's matching rule, if any.</summary>
    public bool TryFindRetiredName(string text, out ProcedureCatalogue catalogue, out ProcedureMember member)
    {
        // The hash and the comparison fold without allocating; most strings miss at the hash.
        if (_retiredNamesByHash.TryGetValue(CatalogueText.GetKeyHash(text), out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (CatalogueText.MatchesKey(text, candidate.Key))
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

    private sealed class RetiredName
    {
        public RetiredName(string key, ProcedureCatalogue catalogue, ProcedureMember member)
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
