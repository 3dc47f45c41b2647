using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Locking;

/// <summary>
/// Reads and writes lock files. The format (docs/lock-file.md) is plain text, one entry per line, sorted by ID:
/// <code>ID | grade | specialty;specialty | name | key | note | note …</code>
/// with notes <c>catch-all</c>, <c>retired EDITION</c>, <c>successor ID</c>, <c>alias NAME</c> and
/// <c>regraded EDITION FROM-&gt;TO</c>. In names, <c>\</c> and <c>|</c> are escaped as <c>\\</c> and <c>\|</c>.
/// Reading never throws: a malformed line is a positioned diagnostic.
/// </summary>
public static class LockFormat
{
    private const string Separator = " | ";

    /// <summary>The header written at the top of every lock file.</summary>
    public static string Header(string catalogueFileName) =>
        "# CatalogSdk 锁文件 / lock file: " + catalogueFileName + "\n" +
        "# 由 catalog lock update 维护，请勿手工编辑；请提交到版本库，并与目录一起评审。\n" +
        "# Maintained by 'catalog lock update'; do not edit by hand. Commit it and review it with the catalogue.\n" +
        "# ID | 级别 grade | 专科 specialties | 名称 name | 匹配键 key | 记录 notes\n";

    /// <summary>Writes <paramref name="entries"/> sorted by ID, with \n line ends.</summary>
    public static string Write(string catalogueFileName, IEnumerable<LockEntry> entries)
    {
        var sorted = new List<LockEntry>(entries);
        sorted.Sort((a, b) => a.Id.CompareTo(b.Id));
        var builder = new StringBuilder(Header(catalogueFileName));
        foreach (var e in sorted)
        {
            builder.Append(e.Id.ToString(CultureInfo.InvariantCulture));
            builder.Append(Separator).Append(((int)e.Grade).ToString(CultureInfo.InvariantCulture));
            builder.Append(Separator).Append(string.Join(";", Array.ConvertAll(e.Specialties.AsArray(), Escape)));
            builder.Append(Separator).Append(Escape(e.Name));
            builder.Append(Separator).Append(Escape(e.Key));
            if (e.IsCatchAll)
            {
                builder.Append(Separator).Append("catch-all");
            }

            if (e.RetiredIn is not null)
            {
                builder.Append(Separator).Append("retired ").Append(Escape(e.RetiredIn));
            }

            if (e.SuccessorId is { } successor)
            {
                builder.Append(Separator).Append("successor ").Append(successor.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var alias in e.Aliases)
            {
                builder.Append(Separator).Append("alias ").Append(Escape(alias));
            }

            foreach (var r in e.Regrades)
            {
                builder.Append(Separator).Append("regraded ").Append(Escape(r.Edition)).Append(' ')
                    .Append(((int)r.From).ToString(CultureInfo.InvariantCulture)).Append("->")
                    .Append(((int)r.To).ToString(CultureInfo.InvariantCulture));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Reads a lock file. Never throws on any input.</summary>
    public static LockFile Read(string path, string text)
    {
        path ??= string.Empty;
        text ??= string.Empty;
        var entries = new List<LockEntry>();
        var diagnostics = new List<CatalogueDiagnostic>();
        var byId = new Dictionary<int, LockEntry>();
        var byKey = new Dictionary<string, LockEntry>(StringComparer.Ordinal);
        var lineNumber = 0;
        var offset = 0;
        foreach (var rawLine in SplitLines(text))
        {
            lineNumber++;
            var lineOffset = offset;
            offset += rawLine.Length + 1;
            var line = rawLine.TrimEnd('\r');
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                // A byte-order mark is not content: the line after it may be an entry.
                line = line.Substring(1);
                lineOffset++;
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            void Fail(string zh, string en)
            {
                diagnostics.Add(new CatalogueDiagnostic(
                    DiagnosticDescriptors.MalformedLockLine.Id, path, lineNumber, 1, lineOffset, line.Length, new EquatableArray<string>(new[] { zh, en })));
            }

            var fields = SplitFields(line);
            if (fields.Count < 5)
            {
                Fail("至少需要 ID、级别、专科、名称和匹配键 5 列", "it needs at least 5 fields: ID, grade, specialties, name and key");
                continue;
            }

            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                Fail("ID「" + fields[0] + "」不是正整数", "the ID '" + fields[0] + "' is not a positive whole number");
                continue;
            }

            if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gradeNumber) || gradeNumber < 1 || gradeNumber > 4)
            {
                Fail("级别「" + fields[1] + "」不是 1–4", "the grade '" + fields[1] + "' is not 1–4");
                continue;
            }

            var specialties = fields[2].Length == 0 ? Array.Empty<string>() : SplitList(fields[2]);
            var name = fields[3];
            var key = fields[4];
            if (name.Length == 0 || specialties.Length == 0)
            {
                Fail("名称和专科不能为空", "the name and the specialties cannot be empty");
                continue;
            }

            bool catchAll = false;
            string? retired = null;
            int? successor = null;
            var aliases = new List<string>();
            var regrades = new List<Regrade>();
            var ok = true;
            for (var i = 5; i < fields.Count && ok; i++)
            {
                var note = fields[i];
                var space = note.IndexOf(' ');
                var word = space < 0 ? note : note.Substring(0, space);
                var value = space < 0 ? string.Empty : note.Substring(space + 1).Trim();
                switch (word)
                {
                    case "catch-all" when value.Length == 0:
                        catchAll = true;
                        break;
                    case "retired" when value.Length > 0 && value.IndexOf(' ') < 0:
                        retired = value;
                        break;
                    case "successor" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0:
                        successor = s;
                        break;
                    case "alias" when value.Length > 0:
                        aliases.Add(value);
                        break;
                    case "regraded" when TryParseRegrade(value, out var regrade):
                        regrades.Add(regrade);
                        break;
                    default:
                        Fail("无法识别的记录「" + note + "」", "the note '" + note + "' is not recognised");
                        ok = false;
                        break;
                }
            }

            if (!ok)
            {
                continue;
            }

            var entry = new LockEntry(
                id,
                (SurgicalGrade)gradeNumber,
                new EquatableArray<string>(specialties),
                name,
                key,
                catchAll,
                retired,
                successor,
                new EquatableArray<string>(aliases.ToArray()),
                new EquatableArray<Regrade>(regrades.ToArray()),
                lineNumber);

            var lineArgs = new SourceSpan(lineNumber, 1, lineOffset, line.Length);
            if (byId.TryGetValue(id, out var sameId))
            {
                Report(diagnostics, DiagnosticDescriptors.DuplicateLockId, path, lineArgs, Num(id), Num(sameId.Line), Num(lineNumber));
                continue;
            }

            var expectedKey = CatalogueText.ToKey(name);
            if (!string.Equals(expectedKey, key, StringComparison.Ordinal))
            {
                Report(diagnostics, DiagnosticDescriptors.LockKeyMismatch, path, lineArgs, Num(id), key, name, expectedKey);
                continue;
            }

            var duplicateKey = false;
            foreach (var k in KeysOf(entry))
            {
                if (byKey.TryGetValue(k, out var sameKey))
                {
                    Report(diagnostics, DiagnosticDescriptors.DuplicateLockKey, path, lineArgs, k, Num(sameKey.Line), Num(lineNumber));
                    duplicateKey = true;
                    break;
                }
            }

            if (duplicateKey)
            {
                continue;
            }

            byId.Add(id, entry);
            foreach (var k in KeysOf(entry))
            {
                byKey[k] = entry;
            }

            entries.Add(entry);
        }

        foreach (var e in entries)
        {
            if (e.SuccessorId is { } s && !byId.ContainsKey(s))
            {
                Report(diagnostics, DiagnosticDescriptors.UnknownSuccessor, path, new SourceSpan(e.Line, 1, 0, 0), Num(e.Id), Num(s));
            }
        }

        entries.Sort((a, b) => a.Id.CompareTo(b.Id));
        return new LockFile(path, new EquatableArray<LockEntry>(entries.ToArray()), new EquatableArray<CatalogueDiagnostic>(diagnostics.ToArray()));
    }

    private static IEnumerable<string> KeysOf(LockEntry entry)
    {
        yield return entry.Key;
        foreach (var alias in entry.Aliases)
        {
            var k = CatalogueText.ToKey(alias);
            if (!string.Equals(k, entry.Key, StringComparison.Ordinal))
            {
                yield return k;
            }
        }
    }

    private static bool TryParseRegrade(string value, out Regrade regrade)
    {
        regrade = null!;
        var parts = value.Split(' ');
        if (parts.Length != 2)
        {
            return false;
        }

        var arrow = parts[1].IndexOf("->", StringComparison.Ordinal);
        if (arrow < 0 ||
            !int.TryParse(parts[1].Substring(0, arrow), NumberStyles.None, CultureInfo.InvariantCulture, out var from) ||
            !int.TryParse(parts[1].Substring(arrow + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var to) ||
            from < 1 || from > 4 || to < 1 || to > 4 || parts[0].Length == 0)
        {
            return false;
        }

        regrade = new Regrade(parts[0], (SurgicalGrade)from, (SurgicalGrade)to);
        return true;
    }

    private static void Report(List<CatalogueDiagnostic> diagnostics, CatalogueDiagnosticDescriptor descriptor, string path, SourceSpan span, params string[] args) =>
        diagnostics.Add(new CatalogueDiagnostic(descriptor.Id, path, span.Line, span.Column, span.Offset, span.Length, new EquatableArray<string>(args)));

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                yield return text.Substring(start, i - start);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text.Substring(start);
        }
    }

    /// <summary>Splits on unescaped '|', unescapes, trims each field.</summary>
    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && (line[i + 1] == '|' || line[i + 1] == '\\' || line[i + 1] == ';'))
            {
                current.Append('\\').Append(line[++i]);
            }
            else if (c == '|')
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        for (var i = 0; i < fields.Count; i++)
        {
            if (i != 2)
            {
                fields[i] = Unescape(fields[i]);
            }
        }

        return fields;
    }

    /// <summary>Splits a specialty list on unescaped ';'.</summary>
    private static string[] SplitList(string field)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                current.Append(field[++i]);
            }
            else if (field[i] == ';')
            {
                items.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(field[i]);
            }
        }

        items.Add(current.ToString().Trim());
        return items.ToArray();
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("|", "\\|").Replace(";", "\\;");

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }
}
