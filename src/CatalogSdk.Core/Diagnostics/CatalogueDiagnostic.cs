using System;
using System.Globalization;

namespace CatalogSdk.Core.Diagnostics;

/// <summary>
/// A diagnostic in a catalogue or lock file: its ID, position (1-based line and column, 0-based offset and
/// length in characters) and message arguments. Plain data, so generator steps can cache it.
/// </summary>
public sealed record CatalogueDiagnostic(
    string Id,
    string FilePath,
    int Line,
    int Column,
    int Offset,
    int Length,
    EquatableArray<string> Arguments)
{
    /// <summary>The descriptor of <see cref="Id"/>.</summary>
    public CatalogueDiagnosticDescriptor Descriptor => DiagnosticDescriptors.Get(Id);

    /// <summary>The default severity of <see cref="Id"/>.</summary>
    public CatalogueSeverity Severity => Descriptor.DefaultSeverity;

    /// <summary>The message, Chinese then English, whatever the machine's culture (what the CLI prints).</summary>
    public string Message => Descriptor.Format(MessageArguments());

    /// <summary>
    /// The message arguments as the compiler takes them, so that a compiler diagnostic is formatted in the reader's
    /// language (bilingual by default, Chinese alone under zh-Hans) rather than pre-formatted here.
    /// </summary>
    public object[] MessageArguments() => Array.ConvertAll(Arguments.AsArray(), a => (object)a);

    /// <summary>
    /// The compiler's canonical form: <c>path(line,col): error|warning|info ID: message</c>.
    /// </summary>
    public string ToCanonicalString(string? displayPath = null) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            displayPath ?? FilePath,
            Line,
            Column,
            Severity switch
            {
                CatalogueSeverity.Error => "error",
                CatalogueSeverity.Warning => "warning",
                _ => "info",
            },
            Id,
            Message);
}
