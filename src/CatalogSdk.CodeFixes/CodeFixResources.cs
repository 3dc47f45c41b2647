using System.Globalization;
using System.Resources;

namespace CatalogSdk.CodeFixes;

/// <summary>
/// The code fixes' titles (Resources.resx: bilingual, Chinese first, then English; Resources.zh-Hans.resx: the Chinese
/// half alone), looked up in the IDE's UI language.
/// </summary>
internal static class CodeFixResources
{
    public static ResourceManager ResourceManager { get; } = new("CatalogSdk.CodeFixes.Resources", typeof(CodeFixResources).Assembly);

    /// <summary>改为目录级别 SurgicalGrade.{0} / Use the catalogue's grade SurgicalGrade.{0}</summary>
    public static string UseCatalogueGrade(string grade) => Format("UseCatalogueGrade_Title", grade);

    /// <summary>改用后继手术 {0} / Use the successor {0}</summary>
    public static string UseSuccessor(string successor) => Format("UseSuccessor_Title", successor);

    /// <summary>改用 {0} / Use {0}</summary>
    public static string UseConstant(string written) => Format("UseConstant_Title", written);

    // GetString without a culture looks in the thread's UI culture, the IDE's language, as resource-backed titles
    // do in the roslyn-analyzers code fixes (a code action title is a plain string, not a LocalizableString).
    private static string Format(string name, string argument) =>
        string.Format(CultureInfo.InvariantCulture, ResourceManager.GetString(name) ?? name, argument);
}
