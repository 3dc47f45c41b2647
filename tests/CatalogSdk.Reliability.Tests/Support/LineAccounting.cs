using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>
/// Nothing lost, nothing invented, checked against the text independently of the parser: one record per physical
/// line; blank lines and only blank lines are Blank; every other line is a heading, a title, a procedure (whose
/// name is in the model under the line's folded name), a repeat with its warning, a comment that starts with #,
/// or rejected with an error on that very line; and every procedure in the model comes from lines that say so.
/// </summary>
internal static class LineAccounting
{
    /// <summary>The physical lines of <paramref name="text"/> as the format numbers them (CRLF, CR and LF each end one).</summary>
    public static List<string> SplitLines(string text)
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

    /// <summary>The problems with how <paramref name="document"/> accounts for <paramref name="text"/>; empty when none.</summary>
    public static List<string> Problems(string text, CatalogueDocument document)
    {
        var problems = new List<string>();
        var truncated = document.Diagnostics.Any(d => d.Id == "CSDK1023");
        var lines = SplitLines(text.Length > CatalogueParser.MaxCharacters ? text.Substring(0, CatalogueParser.MaxCharacters) : text);
        if (truncated && lines.Count > CatalogueParser.MaxLines)
        {
            lines.RemoveRange(CatalogueParser.MaxLines, lines.Count - CatalogueParser.MaxLines);
        }

        if (document.Lines.Count != lines.Count)
        {
            problems.Add(document.Lines.Count + " line records for " + lines.Count + " lines");
            return problems;
        }

        foreach (var d in document.Diagnostics)
        {
            if (d.Line < 1 || d.Line > lines.Count + 1 || d.Column < 1 || d.Offset < 0 || d.Length < 0 || d.Offset + d.Length > text.Length)
            {
                problems.Add("diagnostic out of the text: " + d.ToCanonicalString());
            }

            if (d.Id == "CSDK9001")
            {
                problems.Add("internal failure: " + d.ToCanonicalString());
            }
        }

        var procedureLines = new Dictionary<int, CatalogueProcedure>();
        foreach (var p in document.Procedures)
        {
            foreach (var line in p.Lines)
            {
                procedureLines[line] = p;
            }

            if (p.Span.Offset < 0 || p.Span.Offset + p.Span.Length > text.Length || text.Substring(p.Span.Offset, p.Span.Length) != p.Name)
            {
                problems.Add("the span of " + GeneratedCodeCheck.Show(p.Name) + " does not hold its name");
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            var record = document.Lines[i];
            var line = lines[i];
            var content = (i == 0 && line.StartsWith('\uFEFF') ? line.Substring(1) : line).Trim(WhiteSpace);
            var onLine = document.Diagnostics.Where(d => d.Line == number).ToList();
            string Where() => "line " + number + " " + GeneratedCodeCheck.Show(line) + " (" + record.Kind + ")";

            if (record.Line != number)
            {
                problems.Add("record " + number + " is numbered " + record.Line);
            }

            if (content.Length == 0)
            {
                if (record.Kind != LineKind.Blank)
                {
                    problems.Add(Where() + " is blank but not recorded as Blank");
                }

                continue;
            }

            switch (record.Kind)
            {
                case LineKind.Blank:
                    problems.Add(Where() + " has content but is recorded as Blank");
                    break;
                case LineKind.Comment:
                    if (content[0] != '#' && content[0] != '＃')
                    {
                        problems.Add(Where() + " is a comment but does not start with #");
                    }

                    break;
                case LineKind.Rejected:
                    if (!onLine.Any(d => d.Severity == CatalogueSeverity.Error))
                    {
                        problems.Add(Where() + " is rejected without an error on it");
                    }

                    break;
                case LineKind.Repeat:
                    if (!onLine.Any(d => d.Id == "CSDK1009"))
                    {
                        problems.Add(Where() + " is a repeat without CSDK1009 on it");
                    }

                    goto case LineKind.Procedure;
                case LineKind.Procedure:
                    if (!procedureLines.TryGetValue(number, out var procedure))
                    {
                        problems.Add(Where() + " is a procedure the model does not hold");
                    }
                    else if (CatalogueText.ToKey(NamePart(content)) != procedure.Key)
                    {
                        problems.Add(Where() + " is filed under " + GeneratedCodeCheck.Show(procedure.Name));
                    }

                    break;
                case LineKind.SpecialtyHeading:
                    if (!document.Specialties.Any(s => s.Line == number))
                    {
                        problems.Add(Where() + " is a specialty heading the model does not hold");
                    }

                    break;
                case LineKind.Title:
                    if (document.Title != content)
                    {
                        problems.Add(Where() + " is the title but the title is " + GeneratedCodeCheck.Show(document.Title));
                    }

                    break;
                case LineKind.GradeHeading:
                    break;
                default:
                    problems.Add(Where() + " has an unknown kind");
                    break;
            }
        }

        foreach (var line in procedureLines.Keys)
        {
            if (line < 1 || line > lines.Count || document.Lines[line - 1].Kind is not (LineKind.Procedure or LineKind.Repeat))
            {
                problems.Add("a procedure claims line " + line + ", which is not a procedure line");
            }
        }

        foreach (var s in document.Specialties)
        {
            if (s.Line < 1 || s.Line > lines.Count || document.Lines[s.Line - 1].Kind != LineKind.SpecialtyHeading)
            {
                problems.Add("specialty " + s.Name + " claims line " + s.Line + ", which is not a specialty heading");
            }
        }

        return problems;
    }

    private static readonly char[] WhiteSpace = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray();

    /// <summary>The name part of a procedure line: up to the first @ or ＠.</summary>
    private static string NamePart(string content)
    {
        var at = content.IndexOfAny(new[] { '@', '＠' });
        return at < 0 ? content : content.Substring(0, at);
    }
}
