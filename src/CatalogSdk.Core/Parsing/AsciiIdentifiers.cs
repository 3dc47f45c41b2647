using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CatalogSdk.Core.Parsing;

/// <summary>
/// ASCII identifiers, for catalogues built with <c>Identifiers="Ascii"</c>. The rule (documented in
/// docs/ascii-identifiers.md):
/// <list type="number">
/// <item>with an English name: the PascalCase of its words (letters and digits; apostrophes dropped, everything else
/// separates words): "Coronary angiography" → CoronaryAngiography;</item>
/// <item>without one: the PascalCase of the name's pinyin syllables, without tones (冠状动脉造影术 →
/// GuanZhuangDongMaiZaoYingShu); ASCII letters and digits in the name are kept as words, full-width ones made
/// ASCII; a letter outside the pinyin table becomes <c>U</c> and its code point in hex (U+3400 → U3400);</item>
/// <item>an identifier that is empty, starts with a digit or is reserved (<see cref="Identifiers.IsReserved"/>) gets
/// a leading underscore;</item>
/// <item>collisions: in ID order, a taken identifier gets <c>_</c> and the stable ID appended.</item>
/// </list>
/// The result is always a valid C# identifier of ASCII letters, digits and underscores.
/// </summary>
public static class AsciiIdentifiers
{
    /// <summary>The identifier for a name and its English name (null: none), before collisions are resolved.</summary>
    public static string FromName(string name, string? englishName) =>
        Finish(englishName is null || EnglishNames.Problem(englishName) is not null ? FromChinese(name) : FromEnglish(englishName));

    /// <summary>The PascalCase of the words of <paramref name="englishName"/>, not yet checked for a leading digit or reserved word.</summary>
    internal static string FromEnglish(string englishName)
    {
        var builder = new StringBuilder(englishName.Length);
        var wordStart = true;
        foreach (var c in englishName)
        {
            if (c == '\'')
            {
                continue; // Crohn's → Crohns, not CrohnS.
            }

            if (IsAsciiLetterOrDigit(c))
            {
                builder.Append(wordStart ? char.ToUpperInvariant(c) : c);
                wordStart = false;
            }
            else
            {
                wordStart = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The PascalCase of the pinyin of <paramref name="name"/>, not yet checked for a leading digit or reserved word.</summary>
    internal static string FromChinese(string name)
    {
        var builder = new StringBuilder(name.Length * 4);
        var wordStart = true;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i] >= '\uFF01' && name[i] <= '\uFF5E' ? (char)(name[i] - 0xFEE0) : name[i];
            if (IsAsciiLetterOrDigit(c))
            {
                builder.Append(wordStart ? char.ToUpperInvariant(c) : c);
                wordStart = false;
                continue;
            }

            wordStart = true;
            if (Pinyin.Of(c) is { } syllable)
            {
                builder.Append(char.ToUpperInvariant(syllable[0])).Append(syllable, 1, syllable.Length - 1);
                continue;
            }

            int codePoint;
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, name[i + 1]);
                i++;
            }
            else
            {
                codePoint = c;
            }

            // Letters (and digits of other scripts) the table cannot spell keep their identity as U+hex; brackets,
            // punctuation and spaces only separate words.
            var category = codePoint > 0xFFFF
                ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0)
                : CharUnicodeInfo.GetUnicodeCategory(c);
            if (IsLetterOrDigit(category))
            {
                builder.Append('U').Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Unique identifiers for (ID, identifier) pairs: in ID order, an identifier already taken gets <c>_</c> and its
    /// ID appended (repeatedly, should that be taken too). <paramref name="collided"/> receives the IDs that were renamed,
    /// with the identifier they first had.
    /// </summary>
    public static Dictionary<int, string> AssignUnique(IEnumerable<(int Id, string Identifier)> items, out Dictionary<int, string> collided)
    {
        var result = new Dictionary<int, string>();
        collided = new Dictionary<int, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<(int Id, string Identifier)>(items);
        ordered.Sort((a, b) => a.Id.CompareTo(b.Id));
        foreach (var (id, wanted) in ordered)
        {
            var identifier = wanted;
            var suffix = "_" + id.ToString(CultureInfo.InvariantCulture);
            while (used.Contains(identifier))
            {
                identifier += suffix;
            }

            if (!string.Equals(identifier, wanted, StringComparison.Ordinal))
            {
                collided[id] = wanted;
            }

            used.Add(identifier);
            result[id] = identifier;
        }

        return result;
    }

    /// <summary>Whether <paramref name="text"/> is a valid identifier of ASCII letters, digits and underscores, not reserved.</summary>
    public static bool IsValid(string text)
    {
        if (!Identifiers.IsValid(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static string Finish(string identifier)
    {
        if (identifier.Length > Identifiers.MaxLength)
        {
            identifier = identifier.Substring(0, Identifiers.MaxLength);
        }

        if (identifier.Length == 0)
        {
            return "_";
        }

        return identifier[0] is >= '0' and <= '9' || Identifiers.IsReserved(identifier) ? "_" + identifier : identifier;
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9';

    private static bool IsLetterOrDigit(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
