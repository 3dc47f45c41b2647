using System;
using System.Collections.Generic;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Parsing;

/// <summary>
/// Detects two procedures run together on one line: a name that ends in 术, optionally followed by a bracketed
/// qualifier, and then a second name that itself ends like a procedure (术, 造影, 检查, 活检). 术后/术中/术前
/// ("after/during/before the operation") continue a name, and 和/及/与/或 join two parts of one row on purpose.
/// </summary>
internal static class RunTogether
{
    private static readonly string[] s_endings = { "术", "造影", "检查", "活检" };
    private const string ContinuesName = "后中前和及与或";

    /// <summary>No catalogue name comes near this length; longer text is not worth a quadratic scan.</summary>
    private const int MaxCheckedLength = 200;

    public static bool TrySplit(string name, out string first, out string second)
    {
        first = second = string.Empty;
        if (name.Length > MaxCheckedLength)
        {
            return false;
        }

        for (var i = 0; i < name.Length - 1; i++)
        {
            if (name[i] != '术')
            {
                continue;
            }

            var cut = i + 1;
            if (CatalogueText.Fold(name[cut]) == '(')
            {
                var close = FindClose(name, cut);
                if (close < 0)
                {
                    continue;
                }

                cut = close + 1;
            }
            else if (ContinuesName.IndexOf(name[cut]) >= 0 || !IsCjk(name[cut]))
            {
                continue;
            }

            // The rest, trimmed, is looked at in place: most names have a 术 followed by a qualifier and nothing after it.
            var restStart = cut;
            var restEnd = name.Length;
            while (restStart < restEnd && char.IsWhiteSpace(name[restStart]))
            {
                restStart++;
            }

            while (restEnd > restStart && char.IsWhiteSpace(name[restEnd - 1]))
            {
                restEnd--;
            }

            if (restEnd - restStart >= 3 && IsCjk(name[restStart]) && EndsLikeProcedure(name, restStart, restEnd))
            {
                first = name.Substring(0, cut).Trim();
                second = name.Substring(restStart, restEnd - restStart);
                return true;
            }
        }

        return false;
    }

    private static int FindClose(string name, int open)
    {
        var depth = 0;
        for (var i = open; i < name.Length; i++)
        {
            var f = CatalogueText.Fold(name[i]);
            if (f == '(')
            {
                depth++;
            }
            else if (f == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsCjk(char c) => c >= '\u4E00' && c <= '\u9FFF';

    /// <summary>Whether <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> ends like a procedure.</summary>
    private static bool EndsLikeProcedure(string text, int start, int end)
    {
        foreach (var ending in s_endings)
        {
            if (end - start >= ending.Length && string.CompareOrdinal(text, end - ending.Length, ending, 0, ending.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Recognises rows that read like the catch-all rule for new techniques.</summary>
internal static class CatchAll
{
    /// <summary>Whether a name whose folded key (<see cref="CatalogueText.ToKey"/>) is <paramref name="key"/> reads like the catch-all rule.</summary>
    public static bool LooksLikeCatchAllKey(string key)
    {
        return key.StartsWith("其他", StringComparison.Ordinal) && (key.Contains("新技术") || key.Contains("新技術"));
    }
}

/// <summary>Abbreviations carried by names, and abbreviations shared by two procedures.</summary>
internal static class Abbreviations
{
    /// <summary>
    /// The abbreviation in a trailing bracket made only of ASCII letters, digits and hyphens with at least two
    /// letters and one capital, such as [PTCA], (IVUS), （TIPS）, [CRT-D]. Qualifiers such as （A型病变） are not
    /// abbreviations.
    /// </summary>
    public static string? FromName(string name)
    {
        if (name.Length < 4 || CatalogueText.Fold(name[name.Length - 1]) != ')')
        {
            return null;
        }

        var open = name.Length - 2;
        while (open >= 0 && CatalogueText.Fold(name[open]) != '(')
        {
            open--;
        }

        if (open <= 0)
        {
            return null;
        }

        var inner = name.Substring(open + 1, name.Length - open - 2);
        int letters = 0, capitals = 0;
        var chars = new char[inner.Length];
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i] >= '\uFF01' && inner[i] <= '\uFF5E' ? (char)(inner[i] - 0xFEE0) : inner[i];
            chars[i] = c;
            if (c >= 'A' && c <= 'Z')
            {
                letters++;
                capitals++;
            }
            else if (c >= 'a' && c <= 'z')
            {
                letters++;
            }
            else if (!(c >= '0' && c <= '9') && c != '-')
            {
                return null;
            }
        }

        return letters >= 2 && capitals >= 1 ? new string(chars) : null;
    }
}
