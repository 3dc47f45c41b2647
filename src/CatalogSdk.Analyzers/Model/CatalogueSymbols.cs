using Microsoft.CodeAnalysis;

namespace CatalogSdk.Analyzers.Model;

/// <summary>The CatalogSdk runtime types the analyzers look for, resolved once per compilation.</summary>
internal sealed class CatalogueSymbols
{
    private CatalogueSymbols(Compilation compilation, INamedTypeSymbol procedureCatalogue, INamedTypeSymbol surgicalGrade)
    {
        ProcedureCatalogueAttribute = procedureCatalogue;
        SurgicalGrade = surgicalGrade;
        CatalogueGradeAttribute = compilation.GetTypeByMetadataName("CatalogSdk.CatalogueGradeAttribute");
        RetiredProcedureAttribute = compilation.GetTypeByMetadataName("CatalogSdk.RetiredProcedureAttribute");
        RegradedAttribute = compilation.GetTypeByMetadataName("CatalogSdk.RegradedAttribute");
        AllowRetiredProceduresAttribute = compilation.GetTypeByMetadataName("CatalogSdk.AllowRetiredProceduresAttribute");
        ExpectedGradeAttribute = compilation.GetTypeByMetadataName("CatalogSdk.ExpectedGradeAttribute");
        ProcedureInfo = compilation.GetTypeByMetadataName("CatalogSdk.ProcedureInfo`2");
    }

    /// <summary>The runtime library's assembly, which every catalogue's assembly references.</summary>
    public IAssemblySymbol RuntimeAssembly => ProcedureCatalogueAttribute.ContainingAssembly;

    public INamedTypeSymbol ProcedureCatalogueAttribute { get; }

    public INamedTypeSymbol SurgicalGrade { get; }

    public INamedTypeSymbol? CatalogueGradeAttribute { get; }

    public INamedTypeSymbol? RetiredProcedureAttribute { get; }

    public INamedTypeSymbol? RegradedAttribute { get; }

    public INamedTypeSymbol? AllowRetiredProceduresAttribute { get; }

    public INamedTypeSymbol? ExpectedGradeAttribute { get; }

    public INamedTypeSymbol? ProcedureInfo { get; }

    /// <summary>The runtime types of <paramref name="compilation"/>, or null when it does not reference the runtime library.</summary>
    public static CatalogueSymbols? Create(Compilation compilation)
    {
        var procedureCatalogue = compilation.GetTypeByMetadataName("CatalogSdk.ProcedureCatalogueAttribute");
        var surgicalGrade = compilation.GetTypeByMetadataName("CatalogSdk.SurgicalGrade");
        return procedureCatalogue is null || surgicalGrade is null ? null : new CatalogueSymbols(compilation, procedureCatalogue, surgicalGrade);
    }

    public bool IsSurgicalGrade(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, SurgicalGrade);
}
