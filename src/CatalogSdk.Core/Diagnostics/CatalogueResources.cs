using System.Globalization;
using System.Resources;

namespace CatalogSdk.Core.Diagnostics;

/// <summary>
/// The titles and messages of every catalogue diagnostic (Diagnostics/Resources.resx). The neutral resources are the
/// bilingual texts, Chinese first, then English; the zh-Hans satellite holds the Chinese half alone. There is
/// deliberately no English-only satellite: on an English machine the Chinese text catalogue maintainers read would
/// be lost.
/// </summary>
public static class CatalogueResources
{
    /// <summary>The resources, for compiler diagnostics that are formatted in the culture of whoever reads them.</summary>
    public static ResourceManager ResourceManager { get; } =
        new("CatalogSdk.Core.Diagnostics.Resources", typeof(CatalogueResources).Assembly);

    /// <summary>The name of the title resource of a diagnostic ID: <c>CSDK1001_Title</c>.</summary>
    public static string TitleName(string id) => id + "_Title";

    /// <summary>The name of the message resource of a diagnostic ID: <c>CSDK1001_Message</c>.</summary>
    public static string MessageName(string id) => id + "_Message";

    /// <summary>
    /// The neutral (bilingual) text of a resource, whatever the machine's culture; the resource name itself when there
    /// is no such resource, so that a missing entry shows instead of failing (a test checks there is none).
    /// </summary>
    public static string Neutral(string name) => ResourceManager.GetString(name, CultureInfo.InvariantCulture) ?? name;
}
