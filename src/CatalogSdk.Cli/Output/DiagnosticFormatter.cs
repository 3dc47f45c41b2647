using System.Globalization;
using CatalogSdk.Core.Diagnostics;

namespace CatalogSdk.Cli.Output;

/// <summary>
/// Formats diagnostics the way compilers do, so editors and build servers pick them up:
/// <c>path(line,col): error|warning|info ID: message</c>.
/// </summary>
internal static class DiagnosticFormatter
{
    /// <summary>
    /// The canonical line of <paramref name="diagnostic"/> with <paramref name="displayPath"/> (the path as the user
    /// typed it), shown with <paramref name="severity"/>: its own severity, or Error when warnings are errors.
    /// </summary>
    public static string Format(CatalogueDiagnostic diagnostic, string displayPath, CatalogueSeverity severity)
    {
        if (severity == diagnostic.Severity)
        {
            return diagnostic.ToCanonicalString(displayPath);
        }

        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            displayPath,
            diagnostic.Line,
            diagnostic.Column,
            SeverityWord(severity),
            diagnostic.Id,
            diagnostic.Message);
    }

    /// <summary>
    /// A problem with a whole file (it cannot be read or written), in the canonical form without a position:
    /// <c>path: error: message</c>.
    /// </summary>
    public static string FormatFileError(string displayPath, string message) => displayPath + ": error: " + message;

    /// <summary>error, warning or info.</summary>
    public static string SeverityWord(CatalogueSeverity severity) => severity switch
    {
        CatalogueSeverity.Error => "error",
        CatalogueSeverity.Warning => "warning",
        _ => "info",
    };
}
