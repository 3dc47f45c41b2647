using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Core.Tests.Support;

/// <summary>Builds, parses and inspects catalogue texts for the tests.</summary>
internal static class Catalogue
{
    /// <summary>The path the test documents carry.</summary>
    public const string Path = "test-catalogue.txt";

    /// <summary>The line of the first body line that <see cref="WithHeader"/> produces.</summary>
    public const int FirstBodyLine = 4;

    /// <summary>Parses lines joined with LF.</summary>
    public static CatalogueDocument Parse(params string[] lines) => CatalogueParser.Parse(Path, string.Join("\n", lines), "UTF-8");

    /// <summary>
    /// Parses a title, the heading （一）心血管疾病介入诊疗手术分级目录 and 三级手术, followed by <paramref name="body"/>
    /// (whose first line is line <see cref="FirstBodyLine"/>).
    /// </summary>
    public static CatalogueDocument WithHeader(params string[] body) =>
        Parse(new[] { "测试介入诊疗手术分级目录", "（一）心血管疾病介入诊疗手术分级目录", "三级手术" }.Concat(body).ToArray());

    public static string TestDataPath(string fileName) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    public static string ReadTestData(string fileName) => File.ReadAllText(TestDataPath(fileName));

    public static CatalogueDocument ParseTestData(string fileName) => CatalogueParser.Parse(TestDataPath(fileName), ReadTestData(fileName), "UTF-8");

    /// <summary>The physical lines of <paramref name="text"/> as the parser numbers them (CRLF, CR and LF all end a line).</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' || text[i] == '\n')
            {
                lines.Add(text.Substring(start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length || lines.Count == 0)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    /// <summary>The only diagnostic with <paramref name="id"/>.</summary>
    public static CatalogueDiagnostic Single(CatalogueDocument document, string id)
    {
        var matches = document.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"expected one {id}, got: {Describe(document)}");
        return matches[0];
    }

    /// <summary>Asserts the document's diagnostic IDs, in order.</summary>
    public static void AssertIds(CatalogueDocument document, params string[] ids) =>
        Assert.True(ids.SequenceEqual(document.Diagnostics.Select(d => d.Id)), $"expected [{string.Join(", ", ids)}], got: {Describe(document)}");

    /// <summary>Asserts ID, severity and 1-based position of <paramref name="diagnostic"/>.</summary>
    public static void AssertAt(CatalogueDiagnostic diagnostic, string id, CatalogueSeverity severity, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal(column, diagnostic.Column);
        Assert.Equal(Path, diagnostic.FilePath);
    }

    public static LineKind KindOf(CatalogueDocument document, int line) => document.Lines.Single(l => l.Line == line).Kind;

    public static CatalogueProcedure Procedure(CatalogueDocument document, string name) =>
        document.Procedures.Single(p => p.Name == name);

    public static string Describe(CatalogueDocument document) =>
        document.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join(" | ", document.Diagnostics.Select(d => d.ToCanonicalString()));

    /// <summary>
    /// The accounting invariant: one record per physical line, in order; every line with visible content has a
    /// kind other than Blank; every blank line is Blank; every Rejected line has an Error diagnostic on it.
    /// </summary>
    public static void AssertEveryLineAccountedFor(string text, CatalogueDocument document)
    {
        var lines = SplitLines(text);
        Assert.Equal(lines.Count, document.Lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var record = document.Lines[i];
            Assert.Equal(i + 1, record.Line);
            // A byte-order mark at the very start of the text is not content; anywhere else it is.
            var content = i == 0 && lines[i].StartsWith('\uFEFF') ? lines[i].Substring(1) : lines[i];
            var blank = content.All(char.IsWhiteSpace);
            if (blank)
            {
                Assert.True(record.Kind == LineKind.Blank, $"line {i + 1} is blank but was {record.Kind}");
            }
            else
            {
                Assert.True(record.Kind != LineKind.Blank, $"line {i + 1} «{lines[i]}» has content but was recorded as Blank");
            }

            if (record.Kind == LineKind.Rejected)
            {
                Assert.True(
                    document.Diagnostics.Any(d => d.Line == i + 1 && d.Severity == CatalogueSeverity.Error),
                    $"line {i + 1} «{lines[i]}» was rejected without an error: {Describe(document)}");
            }
        }
    }
}
