using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CatalogSdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A catalogue file as a list of lines, edited the way a maintainer would. Lines are found by their text without
/// surrounding whitespace, and must be unique, so that an edit can never land on the wrong line silently.
/// </summary>
internal sealed class CatalogueLines
{
    private readonly List<string> _lines;

    private CatalogueLines(List<string> lines) => _lines = lines;

    public IReadOnlyList<string> Lines => _lines;

    public static CatalogueLines Load(string path) =>
        new(new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)).Split('\n').ToList());

    public void Save(string path) => File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(string.Join("\n", _lines)));

    /// <summary>The 1-based line number of the one line whose trimmed text is <paramref name="text"/>.</summary>
    public int LineOf(string text) => IndexOf(text) + 1;

    public void Remove(string text) => _lines.RemoveAt(IndexOf(text));

    public void Replace(string text, string replacement) => _lines[IndexOf(text)] = replacement;

    public void InsertAfter(string anchor, params string[] lines) => _lines.InsertRange(IndexOf(anchor) + 1, lines);

    public void InsertBefore(string anchor, params string[] lines) => _lines.InsertRange(IndexOf(anchor), lines);

    /// <summary>Moves the line <paramref name="text"/> to just after <paramref name="anchor"/>.</summary>
    public void MoveAfter(string text, string anchor)
    {
        var line = _lines[IndexOf(text)];
        Remove(text);
        InsertAfter(anchor, line);
    }

    /// <summary>Exchanges two lines.</summary>
    public void Swap(string first, string second)
    {
        var a = IndexOf(first);
        var b = IndexOf(second);
        (_lines[a], _lines[b]) = (_lines[b], _lines[a]);
    }

    /// <summary>Rewrites every line.</summary>
    public void Transform(Func<int, string, string> transform)
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            _lines[i] = transform(i, _lines[i]);
        }
    }

    private int IndexOf(string text)
    {
        var matches = Enumerable.Range(0, _lines.Count).Where(i => _lines[i].Trim() == text).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException("The catalogue has " + matches.Count + " lines 「" + text + "」; an edit needs exactly one.");
    }
}
