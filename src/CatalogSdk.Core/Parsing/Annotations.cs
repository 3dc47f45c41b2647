using System;
using System.Collections.Generic;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Parsing;

public static partial class CatalogueParser
{
    /// <summary>The annotations of one procedure line.</summary>
    internal sealed class LineAnnotations
    {
        public static readonly LineAnnotations None = new();

        public string? Abbreviation { get; set; }

        public string? Code { get; set; }

        public bool IsCatchAll { get; set; }

        public string? RenamedFrom { get; set; }

        public string? Replaces { get; set; }

        public string? EnglishName { get; set; }
    }

    private sealed partial class ParseState
    {
        private static readonly Dictionary<string, string> s_annotationKeys = new(StringComparer.OrdinalIgnoreCase)
        {
            ["abbr"] = "abbr",
            ["缩写"] = "abbr",
            ["code"] = "code",
            ["编码"] = "code",
            ["catch-all"] = "catch-all",
            ["兜底"] = "catch-all",
            ["renamed-from"] = "renamed-from",
            ["原名"] = "renamed-from",
            ["replaces"] = "replaces",
            ["取代"] = "replaces",
            ["en"] = "en",
            ["英文"] = "en",
        };

        /// <summary>
        /// Splits "name @key value @key value" into the name and its annotations. The first @ (or ＠) starts the
        /// annotations; a name cannot contain @.
        /// </summary>
        private bool TrySplitAnnotations(string content, SourceSpan span, out string name, out LineAnnotations annotations)
        {
            annotations = LineAnnotations.None;
            var at = content.IndexOfAny(s_at);
            if (at < 0)
            {
                name = content;
                return true;
            }

            name = content.Substring(0, at).TrimEnd();
            if (!HasKeyCharacter(name))
            {
                Report(DiagnosticDescriptors.AnnotationWithoutName, span);
                return false;
            }

            var result = new LineAnnotations();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var ok = true;
            var position = at;
            while (position >= 0 && position < content.Length)
            {
                var next = content.IndexOfAny(s_at, position + 1);
                var tokenEnd = next < 0 ? content.Length : next;
                var token = content.Substring(position + 1, tokenEnd - position - 1).Trim();
                var tokenSpan = new SourceSpan(span.Line, span.Column + position, span.Offset + position, tokenEnd - position);
                ok &= ApplyAnnotation(token, tokenSpan, result, seen);
                position = next;
            }

            annotations = result;
            return ok;
        }

        private static readonly char[] s_at = { '@', '＠' };

        private static readonly char[] s_spaces = { ' ', '\t', '\u3000' };

        /// <summary>Whether <paramref name="text"/> has a key (<see cref="CatalogueText.ToKey"/> is not empty), without making it.</summary>
        private static bool HasKeyCharacter(string text)
        {
            foreach (var c in text)
            {
                if (CatalogueText.Fold(c) != CatalogueText.Ignored)
                {
                    return true;
                }
            }

            return false;
        }

        private bool ApplyAnnotation(string token, SourceSpan span, LineAnnotations result, HashSet<string> seen)
        {
            var space = 0;
            while (space < token.Length && !char.IsWhiteSpace(token[space]))
            {
                space++;
            }

            var rawKey = token.Substring(0, space);
            var value = token.Substring(space).Trim();
            if (!s_annotationKeys.TryGetValue(rawKey, out var key))
            {
                Report(DiagnosticDescriptors.UnknownAnnotation, span, rawKey);
                return false;
            }

            if (!seen.Add(key))
            {
                Report(DiagnosticDescriptors.InvalidAnnotation, span, rawKey, "同一行中重复出现", "it appears twice on the line");
                return false;
            }

            switch (key)
            {
                case "catch-all":
                    if (value.Length > 0)
                    {
                        Report(DiagnosticDescriptors.InvalidAnnotation, span, rawKey, "它不带值，请删除「" + value + "」", "it takes no value; remove '" + value + "'");
                        return false;
                    }

                    result.IsCatchAll = true;
                    return true;
                default:
                    if (value.Length == 0)
                    {
                        Report(DiagnosticDescriptors.InvalidAnnotation, span, rawKey, "缺少值", "the value is missing");
                        return false;
                    }

                    if (key == "en")
                    {
                        if (EnglishNames.Problem(value) is { } problem)
                        {
                            Report(DiagnosticDescriptors.InvalidAnnotation, span, rawKey, problem.Chinese, problem.English);
                            return false;
                        }

                        result.EnglishName = EnglishNames.Normalize(value);
                        return true;
                    }

                    if (key is "renamed-from" or "replaces")
                    {
                        if (key == "renamed-from")
                        {
                            result.RenamedFrom = value;
                        }
                        else
                        {
                            result.Replaces = value;
                        }

                        return true;
                    }

                    if (value.IndexOfAny(s_spaces) >= 0)
                    {
                        Report(DiagnosticDescriptors.InvalidAnnotation, span, rawKey, "值中不能有空格", "the value cannot contain spaces");
                        return false;
                    }

                    if (key == "abbr")
                    {
                        result.Abbreviation = value;
                    }
                    else
                    {
                        result.Code = value;
                    }

                    return true;
            }
        }
    }
}
