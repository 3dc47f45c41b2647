using System.Collections.Concurrent;
using CatalogSdk.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Generator;

/// <summary>Turns CatalogSdk's plain diagnostics into compiler diagnostics located in the catalogue file.</summary>
internal static class DiagnosticMapping
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> s_descriptors = new();

    /// <summary>
    /// The compiler descriptor of a CatalogSdk descriptor. Its title and message are resources, so the compiler shows
    /// them in the reader's language: bilingual by default, Chinese alone where the UI language is Chinese
    /// (<c>-p:PreferredUILang=zh-Hans</c>, a Chinese Visual Studio). Lock errors (drift, a missing required lock, a
    /// damaged lock) are not configurable: no .editorconfig, ruleset or NoWarn can demote them, so a pipeline cannot
    /// pass on a catalogue the code has not accepted.
    /// </summary>
    public static DiagnosticDescriptor ToRoslyn(CatalogueDiagnosticDescriptor descriptor) =>
        s_descriptors.GetOrAdd(descriptor.Id, _ => new DiagnosticDescriptor(
            descriptor.Id,
            Localizable(descriptor.TitleResourceName),
            Localizable(descriptor.MessageFormatResourceName),
            descriptor.Category,
            ToSeverity(descriptor.DefaultSeverity),
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: descriptor.HelpLink,
            customTags: descriptor.Category == DiagnosticDescriptors.LockCategory && descriptor.DefaultSeverity == CatalogueSeverity.Error
                ? new[] { WellKnownDiagnosticTags.NotConfigurable }
                : System.Array.Empty<string>()));

    /// <summary>A compiler diagnostic with the message arguments, not the formatted message, so it can be localised.</summary>
    public static Diagnostic ToRoslyn(CatalogueDiagnostic diagnostic) =>
        Diagnostic.Create(ToRoslyn(diagnostic.Descriptor), ToLocation(diagnostic), diagnostic.MessageArguments());

    public static Diagnostic Create(CatalogueDiagnosticDescriptor descriptor, string path, params object[] arguments) =>
        Diagnostic.Create(ToRoslyn(descriptor), FileStart(path), arguments);

    private static LocalizableResourceString Localizable(string name) =>
        new(name, CatalogueResources.ResourceManager, typeof(CatalogueResources));

    public static Location FileStart(string path) =>
        Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));

    private static Location ToLocation(CatalogueDiagnostic d)
    {
        var line = d.Line < 1 ? 0 : d.Line - 1;
        var column = d.Column < 1 ? 0 : d.Column - 1;
        var offset = d.Offset < 0 ? 0 : d.Offset;
        var length = d.Length < 0 ? 0 : d.Length;
        return Location.Create(
            d.FilePath,
            new TextSpan(offset, length),
            new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column + length)));
    }

    private static DiagnosticSeverity ToSeverity(CatalogueSeverity severity) => severity switch
    {
        CatalogueSeverity.Error => DiagnosticSeverity.Error,
        CatalogueSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
