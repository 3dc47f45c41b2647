namespace CatalogSdk.Analyzers;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that the code fixes read.</summary>
public static class DiagnosticProperties
{
    /// <summary>CSDK3001: the identifier of the current member that succeeds the retired one; absent when there is none.</summary>
    public const string SuccessorIdentifier = "CatalogSdk.SuccessorIdentifier";

    /// <summary>CSDK3003: the name of the <c>SurgicalGrade</c> member the catalogue gives the procedure (for example <c>Grade3</c>).</summary>
    public const string CatalogueGrade = "CatalogSdk.CatalogueGrade";

    /// <summary>
    /// CSDK3003: present (<c>"false"</c>) when replacing the grade would not be a fix, for example when one switch arm
    /// covers procedures of different grades.
    /// </summary>
    public const string Fixable = "CatalogSdk.Fixable";

    /// <summary>
    /// CSDK3004: the <c>ProcedureNames</c> constants that hold the name, one per catalogue, separated by <c>;</c>, each
    /// written <c>namespace|identifier</c> (the namespace empty for the global namespace).
    /// </summary>
    public const string NameConstants = "CatalogSdk.NameConstants";
}
