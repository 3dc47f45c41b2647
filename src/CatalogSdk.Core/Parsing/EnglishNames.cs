using System.Text;

namespace CatalogSdk.Core.Parsing;

/// <summary>
/// The rule for English names (from @en or an English-name overlay): printable ASCII only, at least one letter.
/// Runs of spaces become one space; the name is trimmed.
/// </summary>
public static class EnglishNames
{
    /// <summary>The most characters an English name may have.</summary>
    public const int MaxLength = 200;

    /// <summary>What is wrong with <paramref name="value"/> as an English name, in Chinese and English; null when nothing is.</summary>
    public static (string Chinese, string English)? Problem(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return ("缺少英文名", "the English name is missing");
        }

        if (trimmed.Length > MaxLength)
        {
            return ("英文名超过 " + MaxLength + " 个字符", "the English name is longer than " + MaxLength + " characters");
        }

        var hasLetter = false;
        foreach (var c in trimmed)
        {
            if (c < ' ' || c > '~')
            {
                return ("英文名只能使用 ASCII 字符（不能有汉字、全角字符或制表符）", "an English name holds printable ASCII characters only (no Chinese, full-width characters or tabs)");
            }

            hasLetter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        return hasLetter ? null : ("英文名中至少要有一个英文字母", "an English name needs at least one letter");
    }

    /// <summary><paramref name="value"/> trimmed, with every run of spaces made one space.</summary>
    public static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (c == ' ')
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
