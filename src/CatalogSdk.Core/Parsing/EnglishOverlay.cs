using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Parsing;

/// <summary>One line of an English-name overlay: a catalogue name and its English name.</summary>
/// <param name="Name">The Chinese name as the overlay writes it.</param>
/// <param name="Key">The folded name (see <see cref="CatalogueText"/>), which matches the catalogue's.</param>
/// <param name="EnglishName">The English name, normalised (see <see cref="EnglishNames.Normalize"/>).</param>
/// <param name="Span">Where the Chinese name is.</param>
public sealed record EnglishNameEntry(string Name, string Key, string EnglishName, SourceSpan Span);

/// <summary>
/// English names kept beside a catalogue (<c>interventional.en.tsv</c> beside <c>interventional.txt</c>), so the
/// catalogue text can stay verbatim official. One name a line, <c>中文名&lt;Tab&gt;English name</c>; blank lines and
/// lines starting with # are comments. The Chinese name is a procedure or a specialty's short name, matched as
/// <see cref="CatalogueText.ToKey"/> folds it. Never throws; every malformed line is a positioned warning.
/// </summary>
public sealed record EnglishOverlay(string FilePath, EquatableArray<EnglishNameEntry> Entries, EquatableArray<CatalogueDiagnostic> Diagnostics)
{
    /// <summary>The extension of an overlay beside its catalogue.</summary>
    public const string Extension = ".en.tsv";

    /// <summary>The overlay path beside <paramref name="cataloguePath"/>: the same folder and name, extension .en.tsv.</summary>
    public static string PathFor(string cataloguePath)
    {
        var dot = cataloguePath.LastIndexOf('.');
        var slash = Math.Max(cataloguePath.LastIndexOf('/'), cataloguePath.LastIndexOf('\\'));
        return (dot > slash ? cataloguePath.Substring(0, dot) : cataloguePath) + Extension;
    }

    /// <summary>Reads an overlay. Lines that are malformed or repeat a name are reported and skipped.</summary>
    public static EnglishOverlay Parse(string path, string text)
    {
        var entries = new List<EnglishNameEntry>();
        var diagnostics = new List<CatalogueDiagnostic>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var offset = 0;
        var lineNumber = 0;
        while (offset <= text.Length)
        {
            var end = text.IndexOf('\n', offset);
            var next = end < 0 ? text.Length + 1 : end + 1;
            var line = text.Substring(offset, (end < 0 ? text.Length : end) - offset).TrimEnd('\r');
            lineNumber++;
            var lineStart = offset;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line.Substring(1);
                lineStart++;
            }

            offset = next;
            var content = line.Trim();
            if (content.Length == 0 || content[0] == '#' || content[0] == '＃')
            {
                continue;
            }

            var lineSpan = new SourceSpan(lineNumber, 1, lineStart, line.Length);
            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.MalformedEnglishNameLine, path, lineSpan,
                    "中文名与英文名之间没有制表符（Tab）", "there is no tab between the Chinese and the English name"));
                continue;
            }

            var name = line.Substring(0, tab).Trim();
            var key = CatalogueText.ToKey(name);
            if (key.Length == 0)
            {
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.MalformedEnglishNameLine, path, lineSpan, "缺少中文名", "the Chinese name is missing"));
                continue;
            }

            var english = line.Substring(tab + 1);
            var englishSpan = new SourceSpan(lineNumber, tab + 2, lineStart + tab + 1, english.Length);
            if (EnglishNames.Problem(english) is { } problem)
            {
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.MalformedEnglishNameLine, path, englishSpan, problem.Chinese, problem.English));
                continue;
            }

            var nameSpan = new SourceSpan(lineNumber, 1, lineStart, tab);
            if (firstLine.TryGetValue(key, out var first))
            {
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.DuplicateEnglishName, path, nameSpan, name, first.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            firstLine.Add(key, lineNumber);
            entries.Add(new EnglishNameEntry(name, key, EnglishNames.Normalize(english), nameSpan));
        }

        return new EnglishOverlay(path, new EquatableArray<EnglishNameEntry>(entries.ToArray()), new EquatableArray<CatalogueDiagnostic>(diagnostics.ToArray()));
    }

    /// <summary>
    /// <paramref name="document"/> with the overlay's English names on the procedures and specialties that have none
    /// from @en (which wins). Names that match neither, nor one of <paramref name="otherKeys"/> (the keys of retired
    /// procedures the lock keeps), are reported.
    /// </summary>
    public CatalogueDocument ApplyTo(CatalogueDocument document, IEnumerable<string> otherKeys, out EquatableArray<CatalogueDiagnostic> diagnostics)
    {
        var byKey = ByKey();
        var known = new HashSet<string>(otherKeys, StringComparer.Ordinal);
        var procedures = document.Procedures
            .Select(p =>
            {
                known.Add(p.Key);
                return p.EnglishName is null && byKey.TryGetValue(p.Key, out var english) ? p with { EnglishName = english } : p;
            })
            .ToArray();
        var specialties = document.Specialties
            .Select(s =>
            {
                var key = CatalogueText.ToKey(s.Name);
                known.Add(key);
                return byKey.TryGetValue(key, out var english) ? s with { EnglishName = english } : s;
            })
            .ToArray();
        var reported = new List<CatalogueDiagnostic>(Diagnostics);
        foreach (var e in Entries)
        {
            if (!known.Contains(e.Key))
            {
                reported.Add(Diagnostic(DiagnosticDescriptors.UnknownEnglishNameTarget, FilePath, e.Span, e.Name, document.DisplayName));
            }
        }

        diagnostics = new EquatableArray<CatalogueDiagnostic>(reported.ToArray());
        return document with
        {
            Procedures = new EquatableArray<CatalogueProcedure>(procedures),
            Specialties = new EquatableArray<CatalogueSpecialty>(specialties),
        };
    }

    /// <summary>The English name of each key.</summary>
    public Dictionary<string, string> ByKey()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in Entries)
        {
            result[e.Key] = e.EnglishName;
        }

        return result;
    }

    private static CatalogueDiagnostic Diagnostic(CatalogueDiagnosticDescriptor descriptor, string path, SourceSpan span, params string[] args) =>
        new(descriptor.Id, path, span.Line, span.Column, span.Offset, span.Length, new EquatableArray<string>(args));
}
