using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace CatalogSdk.Tests.Shared;

/// <summary>
/// Reads the compiled resources of a shipped assembly culture by culture, and checks the rule the satellites follow:
/// the neutral text is bilingual (Chinese, a separator, English) and the zh-Hans text is exactly its Chinese half.
/// </summary>
internal static class ResourceTexts
{
    public static readonly CultureInfo Chinese = new("zh-Hans");

    private static readonly Regex s_placeholder = new(@"\{(\d+)(?:[,:][^}]*)?\}", RegexOptions.CultureInvariant);

    /// <summary>Every entry of one culture's resources, without falling back to a parent culture.</summary>
    public static SortedDictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        if (set is null)
        {
            return entries;
        }

        foreach (DictionaryEntry entry in set)
        {
            entries.Add((string)entry.Key, (string)entry.Value!);
        }

        return entries;
    }

    /// <summary>The placeholder indexes a format uses: {0}, {3} … as 0, 3 ….</summary>
    public static SortedSet<int> Placeholders(string format)
    {
        var indexes = new SortedSet<int>();
        foreach (Match match in s_placeholder.Matches(format))
        {
            indexes.Add(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return indexes;
    }

    /// <summary>The separator between the Chinese and the English half: " / " in titles, a space in sentences.</summary>
    public static string Separator(string name) => name.EndsWith("_Title", StringComparison.Ordinal) ? " / " : " ";

    /// <summary>
    /// Fails unless <paramref name="neutral"/> is <paramref name="chinese"/>, the separator, then an English half that
    /// starts with an ASCII character, and a Chinese message ends with 。.
    /// </summary>
    public static void AssertChineseHalf(string name, string neutral, string chinese)
    {
        var separator = Separator(name);
        Assert.False(string.IsNullOrWhiteSpace(chinese), name + ": the zh-Hans text is empty");
        Assert.True(Array.Exists(chinese.ToCharArray(), IsCjk), name + ": the zh-Hans text is not Chinese: " + chinese);
        Assert.True(
            neutral.StartsWith(chinese + separator, StringComparison.Ordinal),
            name + ": the zh-Hans text is not the Chinese half of the neutral one.\nzh-Hans: " + chinese + "\nneutral: " + neutral);
        var english = neutral.Substring(chinese.Length + separator.Length);
        Assert.True(english.Length > 0 && english[0] < 0x80, name + ": the English half does not start in English: " + english);
        Assert.DoesNotContain(chinese + separator, english, StringComparison.Ordinal);
        if (separator == " ")
        {
            Assert.True(chinese.EndsWith("。", StringComparison.Ordinal), name + ": the Chinese half of a message ends with 。: " + chinese);
        }
    }

    /// <summary>
    /// Fails unless the zh-Hans format uses only placeholders the neutral one has, and both format with as many
    /// arguments as the neutral one takes.
    /// </summary>
    public static void AssertPlaceholdersAgree(string name, string neutral, string chinese)
    {
        var neutralIndexes = Placeholders(neutral);
        var chineseIndexes = Placeholders(chinese);
        Assert.True(chineseIndexes.IsSubsetOf(neutralIndexes), name + ": zh-Hans uses a placeholder the neutral text does not have");
        var count = neutralIndexes.Count == 0 ? 0 : neutralIndexes.Max + 1;
        var arguments = new object[count];
        for (var i = 0; i < count; i++)
        {
            arguments[i] = "<" + i.ToString(CultureInfo.InvariantCulture) + ">";
        }

        // Both cultures take the same arguments: the Chinese half may leave out the English-only ones, never more.
        var formattedNeutral = string.Format(CultureInfo.InvariantCulture, neutral, arguments);
        var formattedChinese = string.Format(CultureInfo.InvariantCulture, chinese, arguments);
        Assert.StartsWith(formattedChinese, formattedNeutral, StringComparison.Ordinal);
    }

    public static bool IsCjk(char c) => c >= '\u4E00' && c <= '\u9FFF';
}
