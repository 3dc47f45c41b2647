using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CatalogSdk.EndToEnd.Tests.Infrastructure;

/// <summary>One entry line of a lock file: <c>ID | grade | specialties | name | key | notes…</c>.</summary>
internal sealed record LockLine(int LineNumber, string Text, int Id, int Grade, string Specialties, string Name, string Key, IReadOnlyList<string> Notes)
{
    public bool IsRetired => Notes.Any(n => n.StartsWith("retired ", StringComparison.Ordinal));

    public bool IsCatchAll => Notes.Contains("catch-all");
}

/// <summary>
/// A lock file read the simple way (the names in the shipped catalogue hold no escaped '|'), to read expectations
/// from it and to compare entries before and after an update.
/// </summary>
internal sealed class LockSnapshot
{
    private LockSnapshot(byte[] bytes, IReadOnlyDictionary<int, LockLine> byId)
    {
        Bytes = bytes;
        ById = byId;
    }

    public byte[] Bytes { get; }

    public IReadOnlyDictionary<int, LockLine> ById { get; }

    public int MaxId => ById.Keys.Max();

    /// <summary>How many procedures the generated <c>Catalogue.Procedures</c> lists: active, not catch-all rules.</summary>
    public int ActiveProcedureCount => ById.Values.Count(e => !e.IsRetired && !e.IsCatchAll);

    public static LockSnapshot Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = new UTF8Encoding(false, true).GetString(bytes);
        var byId = new Dictionary<int, LockLine>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split(" | ");
            if (fields.Length < 5)
            {
                throw new InvalidDataException(path + "(" + (i + 1) + "): not a lock entry: " + line);
            }

            var id = int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture);
            byId.Add(id, new LockLine(
                i + 1,
                line,
                id,
                int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture),
                fields[2],
                fields[3],
                fields[4],
                fields.Skip(5).ToArray()));
        }

        return new LockSnapshot(bytes, byId);
    }

    public LockLine Entry(int id) =>
        ById.TryGetValue(id, out var e) ? e : throw new InvalidOperationException("The lock has no entry with ID " + id + ".");

    /// <summary>The one entry with <paramref name="name"/> as its name.</summary>
    public LockLine Named(string name)
    {
        var matches = ById.Values.Where(e => e.Name == name).ToList();
        return matches.Count == 1 ? matches[0] : throw new InvalidOperationException("The lock has " + matches.Count + " entries named 「" + name + "」.");
    }
}
