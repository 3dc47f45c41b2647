using Microsoft.CodeAnalysis;

namespace CatalogSdk.Analyzers;

/// <summary>
/// Every diagnostic the CatalogSdk analyzers report about code that uses a catalogue (IDs CSDK3xxx, never reused).
/// Titles and messages are in Chinese first, then English; each message says what is wrong and what to do.
/// Severities are the defaults: a project changes them in .editorconfig (<c>dotnet_diagnostic.CSDK3002.severity</c>).
/// </summary>
public static class AnalyzerDescriptors
{
    /// <summary>Category of diagnostics about code that uses a catalogue.</summary>
    public const string UsageCategory = "Usage";

    /// <summary>CSDK3001: a reference to a retired <c>Procedure</c> member.</summary>
    public static readonly DiagnosticDescriptor RetiredProcedure = new(
        "CSDK3001",
        "引用了已停用的手术 / Reference to a retired procedure",
        "手术「{0}」已在 {1} 版目录中停用。{2}。 The procedure '{0}' was retired in catalogue edition {1}. {3}.",
        UsageCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "代码引用了目录已停用、仅由锁文件保留的手术。请改用后继手术；只为读取旧数据的代码可标注 [AllowRetiredProcedures]。 " +
                     "The code refers to a procedure the catalogue no longer lists and only the lock keeps. Use its successor; code that only reads old data can be marked [AllowRetiredProcedures].",
        helpLinkUri: HelpLink("CSDK3001"));

    /// <summary>CSDK3002: a string literal that is the name of a retired procedure.</summary>
    public static readonly DiagnosticDescriptor RetiredProcedureName = new(
        "CSDK3002",
        "字符串是已停用手术的名称 / String names a retired procedure",
        "这个字符串是手术「{0}」的名称，该手术已在 {1} 版目录中停用。{2}。 This string is the name of the procedure '{0}', which was retired in catalogue edition {1}. {3}.",
        UsageCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "字符串（例如 SQL 语句中的参数或配置键）按目录的匹配规则等于已停用手术的名称。 " +
                     "A string, for example an SQL parameter or a configuration key, equals the name of a retired procedure under the catalogue's matching rule.",
        helpLinkUri: HelpLink("CSDK3002"));

    /// <summary>CSDK3003: code pairs a procedure with a grade the catalogue does not give it.</summary>
    public static readonly DiagnosticDescriptor GradeMismatch = new(
        "CSDK3003",
        "手术级别与目录不符 / Procedure grade does not match the catalogue",
        "代码把手术「{0}」当作{1}，但目录中它是{2}{3}。请改为 SurgicalGrade.{4}，或核对目录。 The code takes the procedure '{0}' as grade {5}, but the catalogue grades it {6}{7}. Use SurgicalGrade.{4}, or check the catalogue.",
        UsageCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "常量手术与常量级别在代码中配对（比较、switch、初始化器、元组或 [ExpectedGrade]），而目录给出的级别不同。 " +
                     "Code pairs a constant procedure with a constant grade (a comparison, a switch, an initialiser, a tuple or [ExpectedGrade]) that is not the grade the catalogue gives it.",
        helpLinkUri: HelpLink("CSDK3003"));

    /// <summary>CSDK3004: a string literal that is the name of a current procedure, where the generated constant would do.</summary>
    public static readonly DiagnosticDescriptor ProcedureNameLiteral = new(
        "CSDK3004",
        "字符串是现行手术的名称 / String names a current procedure",
        "这个字符串是手术「{0}」的名称。请改用生成的常量 {1}，名称随目录更新，目录改动时编译器会指出受影响的代码。 This string is the name of the procedure '{0}'. Use the generated constant {2}: it follows the catalogue, and the compiler points at the code a catalogue change affects.",
        UsageCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "字符串（例如 SQL 语句中的参数、配置键或字典键）按目录的匹配规则等于现行手术的名称。改用 ProcedureNames 常量后，手术停用或改名时代码会得到 CSDK3001/CSDK3002 或编译错误，而不是悄悄过时。 " +
                     "A string, for example an SQL parameter, a configuration key or a dictionary key, equals the name of a current procedure under the catalogue's matching rule. With the ProcedureNames constant instead, a retirement or rename reaches the code as CSDK3001/CSDK3002 or a compiler error instead of silently going stale.",
        helpLinkUri: HelpLink("CSDK3004"));

    /// <summary>The documentation page of a diagnostic ID.</summary>
    public static string HelpLink(string id) => "https://github.com/catalogsdk/catalogsdk/blob/main/docs/diagnostics/" + id + ".md";
}
