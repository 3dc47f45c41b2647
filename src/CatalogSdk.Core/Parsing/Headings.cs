using System;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Parsing;

public static partial class CatalogueParser
{
    internal enum GradeHeadingMatch
    {
        NotAHeading,
        Valid,
        Invalid,
    }

    private sealed partial class ParseState
    {
        /// <summary>
        /// Recognises （一）… and (一)… specialty headings, with full- or half-width brackets and any spacing.
        /// </summary>
        internal static bool TryParseSpecialtyHeading(string content, out int order, out string headingText)
        {
            order = 0;
            headingText = string.Empty;
            var i = 0;
            if (i >= content.Length || CatalogueText.Fold(content[i]) != '(')
            {
                return false;
            }

            i++;
            while (i < content.Length && char.IsWhiteSpace(content[i]))
            {
                i++;
            }

            var numberStart = i;
            while (i < content.Length && ChineseNumerals.IsDigit(content[i]))
            {
                i++;
            }

            var numberEnd = i;
            while (i < content.Length && char.IsWhiteSpace(content[i]))
            {
                i++;
            }

            if (numberEnd == numberStart || i >= content.Length || CatalogueText.Fold(content[i]) != ')')
            {
                return false;
            }

            if (!ChineseNumerals.TryParse(content.Substring(numberStart, numberEnd - numberStart), out order))
            {
                return false;
            }

            headingText = content.Substring(i + 1).Trim();
            return true;
        }

        /// <summary>
        /// Recognises 一级手术 … 四级手术. A short line shaped like a grade heading that is not one of the four
        /// (五级手术, 3级手术, 三級手術, 手术三级) is reported rather than taken for a procedure.
        /// </summary>
        internal static GradeHeadingMatch MatchGradeHeading(string content, out SurgicalGrade grade)
        {
            grade = default;

            // Every line that is not a heading comes here, procedures included. A valid heading's key is one of the labels,
            // each with 级, and an invalid one is found by its 级 or 級; folding keeps both as they are. Without either, the
            // line is no heading, and its key need not be made.
            if (content.IndexOf('级') < 0 && content.IndexOf('級') < 0)
            {
                return GradeHeadingMatch.NotAHeading;
            }

            var key = CatalogueText.ToKey(content).TrimEnd(':', '：');
            if (SurgicalGrades.TryParseLabel(key, out grade))
            {
                return GradeHeadingMatch.Valid;
            }

            if (key.Length > 8)
            {
                return GradeHeadingMatch.NotAHeading;
            }

            var levelIndex = key.IndexOfAny(s_levels);
            if (levelIndex < 0)
            {
                return GradeHeadingMatch.NotAHeading;
            }

            var before = key.Substring(0, levelIndex);
            var after = key.Substring(levelIndex + 1);
            var afterIsSurgery = after.Length == 0 || after == "手术" || after == "手術";
            var beforeIsNumber = before.Length > 0 && IsAllNumeral(before);
            var reversed = ((before == "手术" || before == "手術") && after.Length > 0 && IsAllNumeral(after))
                || (after.Length == 0 && before.Length > 2 && (before.StartsWith("手术", StringComparison.Ordinal) || before.StartsWith("手術", StringComparison.Ordinal))
                    && IsAllNumeral(before.Substring(2)));
            return (beforeIsNumber && afterIsSurgery) || reversed ? GradeHeadingMatch.Invalid : GradeHeadingMatch.NotAHeading;
        }

        private static readonly char[] s_levels = { '级', '級' };

        private static bool IsAllNumeral(string text)
        {
            foreach (var c in text)
            {
                if (!ChineseNumerals.IsDigit(c) && !(c >= '0' && c <= '9'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>Chinese numerals as used in specialty headings: 一 … 九十九.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static bool IsDigit(char c) => Digits.IndexOf(c) >= 0 || c == '十' || c == '〇' || c == '两';

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 3)
        {
            return false;
        }

        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            if (text.Length != 1)
            {
                return false;
            }

            value = Digits.IndexOf(text[0]);
            return value > 0;
        }

        var tens = 1;
        if (ten == 1)
        {
            tens = Digits.IndexOf(text[0]);
            if (tens < 2)
            {
                return false;
            }
        }
        else if (ten != 0)
        {
            return false;
        }

        var units = 0;
        if (ten + 1 < text.Length)
        {
            if (ten + 2 != text.Length)
            {
                return false;
            }

            units = Digits.IndexOf(text[ten + 1]);
            if (units < 1)
            {
                return false;
            }
        }

        value = tens * 10 + units;
        return true;
    }

    public static string Format(int value)
    {
        if (value <= 0 || value >= 100)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (value < 10)
        {
            return Digits[value].ToString();
        }

        var tens = value / 10;
        var units = value % 10;
        return (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十" + (units == 0 ? string.Empty : Digits[units].ToString());
    }
}
