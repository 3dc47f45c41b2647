using System.Resources;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Analyzers;

/// <summary>
/// The titles, messages and descriptions of the analyzers' diagnostics (Resources.resx: bilingual, Chinese first,
/// then English; Resources.zh-Hans.resx: the Chinese half alone). Entries are named <c>ID_Title</c>,
/// <c>ID_Message</c> and <c>ID_Description</c>.
/// </summary>
internal static class AnalyzerResources
{
    public static ResourceManager ResourceManager { get; } = new("CatalogSdk.Analyzers.Resources", typeof(AnalyzerResources).Assembly);

    public static LocalizableResourceString Title(string id) => Localizable(id + "_Title");

    public static LocalizableResourceString Message(string id) => Localizable(id + "_Message");

    public static LocalizableResourceString Description(string id) => Localizable(id + "_Description");

    private static LocalizableResourceString Localizable(string name) => new(name, ResourceManager, typeof(AnalyzerResources));
}
