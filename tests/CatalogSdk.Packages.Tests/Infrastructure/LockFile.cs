using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CatalogSdk.Packages.Tests.Infrastructure;

/// <summary>One line of a lock file: <c>ID | grade | specialties | name | key | notes…</c>.</summary>
public sealed record LockEntry(int Id, int Grade, IReadOnlyList<string> Specialties, string Name, string Key, IReadOnlyList<string> Notes)
{
    public bool IsRetired => Notes.Any(n => n.StartsWith("retired ", StringComparison.Ordinal));

    public bool IsCatchAll => Notes.Contains("catch-all");
}

/// <summary>A minimal reader of the lock format (docs/lock-file.md), independent of the product's own.</summary>
public static class LockFile
{
    public static IReadOnlyList<LockEntry> Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    public static IReadOnlyList<LockEntry> Parse(string text)
    {
        var entries = new List<LockEntry>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = SplitUnescaped(line, '|');
            if (fields.Count < 5)
            {
                throw new FormatException("Not a lock line: " + raw);
            }

            entries.Add(new LockEntry(
                int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture),
                SplitUnescaped(fields[2], ';').Select(Unescape).ToList(),
                Unescape(fields[3]),
                Unescape(fields[4]),
                fields.Skip(5).Select(Unescape).ToList()));
        }

        return entries;
    }

    /// <summary>The entry with this exact name.</summary>
    public static LockEntry Named(this IReadOnlyList<LockEntry> entries, string name) =>
        entries.SingleOrDefault(e => e.Name == name) ?? throw new InvalidOperationException("The lock has no entry named " + name);

    private static List<string> SplitUnescaped(string text, char separator)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                current.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (text[i] == separator)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }

        fields.Add(current.ToString().Trim());
        return fields;
    }

    private static string Unescape(string field)
    {
        var sb = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
            }

            sb.Append(field[i]);
        }

        return sb.ToString();
    }
}
