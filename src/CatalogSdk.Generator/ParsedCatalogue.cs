using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CatalogSdk.Core;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Generator;

/// <summary>
/// A parsed catalogue, reconciled with its lock when it has one, with the English names of its overlay, and the
/// namespace its code goes to. In ASCII mode the identifiers of <see cref="Effective"/> are ASCII. Plain equatable data.
/// </summary>
/// <param name="Document">The catalogue as parsed, with the overlay's English names.</param>
/// <param name="Locked">The catalogue reconciled with its lock, or null without one.</param>
/// <param name="LockDiagnostics">The lock's diagnostics, drift, and the overlay's diagnostics.</param>
/// <param name="FileName">The catalogue's file name.</param>
/// <param name="Namespace">The namespace of the generated code.</param>
/// <param name="NamespaceIsValid">Whether <paramref name="Namespace"/> is a valid namespace.</param>
/// <param name="UnknownIdentifierMode">The identifier-mode setting when it is neither Chinese nor Ascii (CSDK1025); otherwise null.</param>
/// <param name="Ascii">Whether identifiers are ASCII.</param>
internal sealed record ParsedCatalogue(
    CatalogueDocument Document,
    LockedCatalogue? Locked,
    EquatableArray<CatalogueDiagnostic> LockDiagnostics,
    string FileName,
    string Namespace,
    bool NamespaceIsValid,
    string? UnknownIdentifierMode = null,
    bool Ascii = false)
{
    /// <summary>The edition the generator records for changes it has not been asked to accept.</summary>
    internal const string PendingEdition = "pending";

    /// <summary>The catalogue with IDs from the lock (or in order of appearance when there is no lock).</summary>
    public CatalogueDocument Effective => Locked?.Document ?? Document;

    /// <summary>Every diagnostic to report: the catalogue's, then the lock's and drift.</summary>
    public IEnumerable<CatalogueDiagnostic> AllDiagnostics => Document.Diagnostics.Concat(LockDiagnostics);

    /// <summary>
    /// Parses and reconciles. Never throws (but for cancellation): an internal failure becomes a CSDK9001 error on
    /// the catalogue, so the build says what happened instead of the compiler's generic CS8785.
    /// </summary>
    public static ParsedCatalogue Parse(CatalogueInput input, LockInput? lockInput, GeneratorSettings settings, CancellationToken cancellationToken) =>
        Parse(input, lockInput, null, settings, cancellationToken);

    /// <inheritdoc cref="Parse(CatalogueInput, LockInput?, GeneratorSettings, CancellationToken)"/>
    public static ParsedCatalogue Parse(CatalogueInput input, LockInput? lockInput, OverlayInput? overlayInput, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return ParseCore(input, lockInput, overlayInput, settings, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var failure = new CatalogueDiagnostic(
                DiagnosticDescriptors.GeneratorFailure.Id, input.Path, 1, 1, 0, 0, new EquatableArray<string>(new[] { ex.GetType().Name + ": " + ex.Message }));
            var empty = new CatalogueDocument(
                input.Path, null, EquatableArray<CatalogueSpecialty>.Empty, EquatableArray<CatalogueProcedure>.Empty,
                new EquatableArray<CatalogueDiagnostic>(new[] { failure }), EquatableArray<LineRecord>.Empty);
            return new ParsedCatalogue(empty, null, EquatableArray<CatalogueDiagnostic>.Empty, input.FileName, input.NamespaceSetting ?? settings.DefaultNamespace ?? DefaultNamespace(settings.RootNamespace, input.FileName), true);
        }
    }

    private static ParsedCatalogue ParseCore(CatalogueInput input, LockInput? lockInput, OverlayInput? overlayInput, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        var document = CatalogueParser.Parse(input.Path, input.Text, input.EncodingName, cancellationToken);
        var modeSetting = input.IdentifiersSetting ?? settings.IdentifiersDefault;
        var knownMode = AsciiNaming.TryParseMode(modeSetting, out var ascii);
        var ns = input.NamespaceSetting ?? settings.DefaultNamespace ?? DefaultNamespace(settings.RootNamespace, input.FileName, ascii);
        var lockPath = input.LockPath;
        LockedCatalogue? locked = null;
        var diagnostics = new List<CatalogueDiagnostic>();
        var overlay = overlayInput is null ? null : EnglishOverlay.Parse(overlayInput.Path, overlayInput.Text);
        LockFile? lockFile = lockInput is null ? null : LockFormat.Read(lockInput.Path, lockInput.Text ?? string.Empty);
        if (overlay is not null)
        {
            // Before reconciling, so the English names travel with each procedure; the keys of retired procedures
            // count as known names, since their members are still generated.
            var retiredKeys = lockFile?.Entries.Where(e => e.IsRetired).Select(e => e.Key) ?? Enumerable.Empty<string>();
            document = overlay.ApplyTo(document, retiredKeys, out var overlayDiagnostics);
            diagnostics.AddRange(overlayDiagnostics);
        }

        var acceptArguments = LockFile.UpdateArguments(Normalize(input.Path), Normalize(lockPath));
        if (lockInput is null)
        {
            var descriptor = settings.RequireLock ? DiagnosticDescriptors.LockRequired : DiagnosticDescriptors.LockMissing;
            diagnostics.Add(new CatalogueDiagnostic(
                descriptor.Id, input.Path, 1, 1, 0, 0, new EquatableArray<string>(new[] { System.IO.Path.GetFileName(lockPath), acceptArguments })));
        }
        else
        {
            locked = LockReconciler.Reconcile(document, lockFile!, PendingEdition);
            diagnostics.AddRange(lockFile!.Diagnostics);
            diagnostics.AddRange(locked.Diagnostics);
            diagnostics.AddRange(LockReconciler.DriftDiagnostics(locked, input.Path, lockInput.Path, acceptArguments));
            if (overlay is not null && locked.Retired.Count > 0)
            {
                var english = overlay.ByKey();
                locked = locked with
                {
                    Retired = new EquatableArray<RetiredProcedure>(locked.Retired
                        .Select(r => english.TryGetValue(r.Entry.Key, out var name) ? r with { EnglishName = name } : r)
                        .ToArray()),
                };
            }
        }

        if (ascii)
        {
            if (locked is not null)
            {
                var (lockedDocument, retired) = AsciiNaming.Apply(locked.Document, locked.Retired);
                locked = locked with { Document = lockedDocument, Retired = retired };
                document = document with { Diagnostics = lockedDocument.Diagnostics };
            }
            else
            {
                document = AsciiNaming.Apply(document, EquatableArray<RetiredProcedure>.Empty).Document;
            }
        }

        return new ParsedCatalogue(
            document,
            locked,
            new EquatableArray<CatalogueDiagnostic>(diagnostics.ToArray()),
            input.FileName,
            ns,
            Identifiers.IsValidNamespace(ns),
            knownMode ? null : modeSetting,
            ascii);
    }

    /// <summary>The overlay input that belongs to <paramref name="input"/>, if any.</summary>
    public static OverlayInput? FindOverlay(CatalogueInput input, IEnumerable<OverlayInput> overlays)
    {
        var expected = Normalize(input.EnglishNamesPath);
        return overlays.FirstOrDefault(o => string.Equals(Normalize(o.Path), expected, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The lock input that belongs to <paramref name="input"/>, if any.</summary>
    public static LockInput? FindLock(CatalogueInput input, IEnumerable<LockInput> locks)
    {
        var expected = Normalize(input.LockPath);
        return locks.FirstOrDefault(l => string.Equals(Normalize(l.Path), expected, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The path with "." and ".." segments resolved and one kind of separator (a string operation only).</summary>
    internal static string Normalize(string path)
    {
        var rooted = path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in path.Split('/', '\\'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", parts);
    }

    /// <summary>
    /// The namespace of a catalogue without a setting: the project's root namespace, then the file name in
    /// PascalCase (interventional.txt → MyHospital.Interventional; hospital-own.txt → MyHospital.HospitalOwn).
    /// </summary>
    public static string DefaultNamespace(string? rootNamespace, string fileName) => DefaultNamespace(rootNamespace, fileName, ascii: false);

    /// <summary>The default namespace; in ASCII mode its last part is ASCII too (pinyin for a Chinese file name).</summary>
    public static string DefaultNamespace(string? rootNamespace, string fileName, bool ascii)
    {
        var stem = System.IO.Path.GetFileNameWithoutExtension(fileName);
        var builder = new StringBuilder(stem.Length);
        var upperNext = true;
        foreach (var c in stem)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upperNext && c < 128 ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        var leaf = ascii ? AsciiIdentifiers.FromName(builder.ToString(), null) : Identifiers.FromName(builder.ToString(), out _);
        return string.IsNullOrEmpty(rootNamespace) ? leaf : rootNamespace + "." + leaf;
    }

    /// <summary>The hint-name prefix of this catalogue's generated files.</summary>
    public string HintPrefix => Namespace;
}
