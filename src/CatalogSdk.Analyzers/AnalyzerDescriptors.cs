using Microsoft.CodeAnalysis;

namespace CatalogSdk.Analyzers;

/// <summary>
/// Every diagnostic the CatalogSdk analyzers report about code that uses a catalogue (IDs CSDK3xxx, never reused).
/// Titles, messages and descriptions are resources (Resources.resx: Chinese first, then English; Resources.zh-Hans.resx:
/// the Chinese half alone), so the compiler and the IDE show them in the reader's language. Each message says what is
/// wrong and what to do. A new rule adds <c>ID_Title</c>, <c>ID_Message</c> and <c>ID_Description</c> to both files
/// and a descriptor like the ones below (the ID stays a literal, for the release-tracking rules).
/// Severities are the defaults: a project changes them in .editorconfig (<c>dotnet_diagnostic.CSDK3002.severity</c>).
/// </summary>
public static class AnalyzerDescriptors
{
    /// <summary>Category of diagnostics about code that uses a catalogue.</summary>
    public const string UsageCategory = "Usage";

    /// <summary>CSDK3001: a reference to a retired <c>Procedure</c> member.</summary>
    public static readonly DiagnosticDescriptor RetiredProcedure = new(
        "CSDK3001",
        AnalyzerResources.Title("CSDK3001"),
        AnalyzerResources.Message("CSDK3001"),
        UsageCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: AnalyzerResources.Description("CSDK3001"),
        helpLinkUri: HelpLink("CSDK3001"));

    /// <summary>CSDK3002: a string literal that is the name of a retired procedure.</summary>
    public static readonly DiagnosticDescriptor RetiredProcedureName = new(
        "CSDK3002",
        AnalyzerResources.Title("CSDK3002"),
        AnalyzerResources.Message("CSDK3002"),
        UsageCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: AnalyzerResources.Description("CSDK3002"),
        helpLinkUri: HelpLink("CSDK3002"));

    /// <summary>CSDK3003: code pairs a procedure with a grade the catalogue does not give it.</summary>
    public static readonly DiagnosticDescriptor GradeMismatch = new(
        "CSDK3003",
        AnalyzerResources.Title("CSDK3003"),
        AnalyzerResources.Message("CSDK3003"),
        UsageCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: AnalyzerResources.Description("CSDK3003"),
        helpLinkUri: HelpLink("CSDK3003"));

    /// <summary>CSDK3004: a string literal that is the name of a current procedure, where the generated constant would do.</summary>
    public static readonly DiagnosticDescriptor ProcedureNameLiteral = new(
        "CSDK3004",
        AnalyzerResources.Title("CSDK3004"),
        AnalyzerResources.Message("CSDK3004"),
        UsageCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: AnalyzerResources.Description("CSDK3004"),
        helpLinkUri: HelpLink("CSDK3004"));

    /// <summary>The documentation page of a diagnostic ID.</summary>
    public static string HelpLink(string id) => ProjectLinks.DiagnosticPage(id);
}
