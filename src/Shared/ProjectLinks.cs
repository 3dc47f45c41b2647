namespace CatalogSdk;

/// <summary>
/// Where the project lives: the diagnostics' help links are built from it. It must equal CatalogSdkRepositoryUrl in
/// Directory.Build.props (the packages' repository and project URL); a test holds the two together.
/// </summary>
internal static class ProjectLinks
{
    /// <summary>The repository.</summary>
    public const string Repository = "https://github.com/catalogsdk/catalogsdk";

    /// <summary>The page of a diagnostic ID.</summary>
    public static string DiagnosticPage(string id) => Repository + "/blob/main/docs/diagnostics/" + id + ".md";
}
