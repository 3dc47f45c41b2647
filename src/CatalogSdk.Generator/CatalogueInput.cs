using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CatalogSdk.Generator;

/// <summary>
/// A catalogue file selected from the additional files, with its text and settings. Plain equatable data: the
/// <see cref="AdditionalText"/> is not kept past the first step.
/// </summary>
internal sealed record CatalogueInput(
    string Path, string Text, string? EncodingName, string? NamespaceSetting, string? LockPathSetting,
    string? IdentifiersSetting = null, string? EnglishNamesPathSetting = null)
{
    /// <summary>Item metadata that names the catalogue's lock file, when it is not beside the catalogue.</summary>
    public const string LockPathMetadata = "build_metadata.AdditionalFiles.CatalogSdkLockPath";

    /// <summary>Item metadata that marks an additional file as a catalogue (true) or not (false).</summary>
    public const string CatalogueMetadata = "build_metadata.AdditionalFiles.CatalogSdkCatalogue";

    /// <summary>Item metadata that marks an additional file as a lock file (true) or not (false).</summary>
    public const string LockMetadata = "build_metadata.AdditionalFiles.CatalogSdkLock";

    /// <summary>Item metadata that sets the identifier mode of one catalogue (Chinese or Ascii).</summary>
    public const string IdentifiersMetadata = "build_metadata.AdditionalFiles.CatalogSdkIdentifiers";

    /// <summary>Item metadata that names the catalogue's English-name overlay, when it is not beside the catalogue.</summary>
    public const string EnglishNamesPathMetadata = "build_metadata.AdditionalFiles.CatalogSdkEnglishNamesPath";

    /// <summary>Item metadata that marks an additional file as an English-name overlay (true) or not (false).</summary>
    public const string EnglishNamesMetadata = "build_metadata.AdditionalFiles.CatalogSdkEnglishNames";

    /// <summary>Item metadata that sets the namespace of one catalogue.</summary>
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.CatalogSdkNamespace";

    /// <summary>
    /// Selects catalogue files: additional files with <c>CatalogSdkCatalogue="true"</c> metadata, or, without that
    /// metadata, <c>.txt</c> files whose folder is named <c>catalog</c>.
    /// </summary>
    public static CatalogueInput? TryCreate(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!IsCatalogue(file.Path, options))
        {
            return null;
        }

        var text = file.GetText(cancellationToken);
        options.TryGetValue(NamespaceMetadata, out var ns);
        options.TryGetValue(LockPathMetadata, out var lockPath);
        options.TryGetValue(IdentifiersMetadata, out var identifiers);
        options.TryGetValue(EnglishNamesPathMetadata, out var englishNames);
        return new CatalogueInput(
            file.Path,
            text?.ToString() ?? string.Empty,
            text is null ? "unreadable" : DescribeEncoding(text.Encoding),
            string.IsNullOrWhiteSpace(ns) ? null : ns!.Trim(),
            string.IsNullOrWhiteSpace(lockPath) ? null : lockPath!.Trim(),
            string.IsNullOrWhiteSpace(identifiers) ? null : identifiers!.Trim(),
            string.IsNullOrWhiteSpace(englishNames) ? null : englishNames!.Trim());
    }

    internal static bool IsCatalogue(string path, AnalyzerConfigOptions options) => IsSelected(path, options, CatalogueMetadata, ".txt");

    /// <summary>
    /// Selects lock files: additional files with <c>CatalogSdkLock="true"</c> metadata, or, without it, <c>.lock</c>
    /// files whose folder is named <c>catalog</c>.
    /// </summary>
    public static LockInput? TryCreateLock(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!IsSelected(file.Path, options, LockMetadata, ".lock"))
        {
            return null;
        }

        var text = file.GetText(cancellationToken);
        return new LockInput(file.Path, text?.ToString());
    }

    /// <summary>
    /// Selects English-name overlays: additional files with <c>CatalogSdkEnglishNames="true"</c> metadata, or, without
    /// it, <c>.en.tsv</c> files whose folder is named <c>catalog</c>.
    /// </summary>
    public static OverlayInput? TryCreateOverlay(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!IsSelected(file.Path, options, EnglishNamesMetadata, CatalogSdk.Core.Parsing.EnglishOverlay.Extension))
        {
            return null;
        }

        var text = file.GetText(cancellationToken);
        return new OverlayInput(file.Path, text?.ToString() ?? string.Empty);
    }

    private static bool IsSelected(string path, AnalyzerConfigOptions options, string metadata, string extension)
    {
        if (options.TryGetValue(metadata, out var flag) && !string.IsNullOrWhiteSpace(flag))
        {
            return string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        if (!path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? string.Empty);
        return string.Equals(folder, "catalog", StringComparison.OrdinalIgnoreCase);
    }

    private static string? DescribeEncoding(Encoding? encoding)
    {
        if (encoding is null)
        {
            return null;
        }

        return encoding.CodePage switch
        {
            65001 => "utf-8",
            1200 => "utf-16",
            1201 => "utf-16BE",
            12000 => "utf-32",
            _ => encoding.WebName + " (code page " + encoding.CodePage.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
        };
    }

    /// <summary>The lock file of this catalogue: the CatalogSdkLockPath metadata, or the same name with <c>.lock</c>.</summary>
    public string LockPath => LockPathSetting ?? CatalogSdk.Core.Locking.LockFile.PathFor(Path);

    /// <summary>The English-name overlay of this catalogue: the CatalogSdkEnglishNamesPath metadata, or the same name with <c>.en.tsv</c>.</summary>
    public string EnglishNamesPath => EnglishNamesPathSetting ?? CatalogSdk.Core.Parsing.EnglishOverlay.PathFor(Path);

    /// <summary>The file name, for generated comments: never the machine-specific full path.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>A lock file's path and text (null when it could not be read). Plain equatable data.</summary>
internal sealed record LockInput(string Path, string? Text);

/// <summary>An English-name overlay's path and text. Plain equatable data.</summary>
internal sealed record OverlayInput(string Path, string Text);
