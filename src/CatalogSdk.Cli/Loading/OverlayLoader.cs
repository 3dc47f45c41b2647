using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.IO;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Cli.Loading;

/// <summary>
/// What checking a catalogue's English-name overlay found: its path and diagnostics, the catalogue with the overlay's
/// English names, or why it could not be read.
/// </summary>
internal sealed record OverlayCheck(string Path, IReadOnlyList<CatalogueDiagnostic> Diagnostics, CatalogueDocument? Applied, string? Failure);

/// <summary>
/// Checks the English-name overlay beside a catalogue (<c>&lt;name&gt;.en.tsv</c>) as the build does: malformed lines,
/// repeated names, and names that are neither a procedure or specialty of the catalogue nor a retired procedure its
/// lock keeps. Never throws for I/O failures.
/// </summary>
internal static class OverlayLoader
{
    /// <summary>
    /// The check of the overlay beside <paramref name="cataloguePath"/>, or null when there is none; the retired names
    /// come from the lock beside the catalogue, read here.
    /// </summary>
    public static OverlayCheck? Check(string cataloguePath, CatalogueDocument document) =>
        Check(cataloguePath, document, () => RetiredKeys(ReadLockBeside(cataloguePath)));

    /// <summary>The same, for a caller that has read the catalogue's lock already (null: none).</summary>
    public static OverlayCheck? Check(string cataloguePath, CatalogueDocument document, LockFile? lockFile) =>
        Check(cataloguePath, document, () => RetiredKeys(lockFile));

    private static OverlayCheck? Check(string cataloguePath, CatalogueDocument document, Func<IEnumerable<string>> retiredKeys)
    {
        var path = EnglishOverlay.PathFor(cataloguePath);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var (text, _) = CatalogueFile.Decode(File.ReadAllBytes(path));
            var overlay = EnglishOverlay.Parse(path, text);
            var applied = overlay.ApplyTo(document, retiredKeys(), out var diagnostics);
            return new OverlayCheck(path, diagnostics.ToList(), applied, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
        {
            return new OverlayCheck(path, Array.Empty<CatalogueDiagnostic>(), null, Output.Texts.CannotRead(ex.Message));
        }
    }

    private static LockFile? ReadLockBeside(string cataloguePath)
    {
        var lockPath = LockFile.PathFor(cataloguePath);
        return File.Exists(lockPath) ? LockFormat.Read(lockPath, File.ReadAllText(lockPath)) : null;
    }

    // The build counts the lock's retired procedures as known names (their members are still generated).
    private static IEnumerable<string> RetiredKeys(LockFile? lockFile) =>
        lockFile is null ? Enumerable.Empty<string>() : lockFile.Entries.Where(e => e.IsRetired).Select(e => e.Key).ToList();
}
