using System.Collections.Generic;

namespace CatalogSdk.Suggestions;

/// <summary>Descriptions of <see cref="SuggestionReasons"/>.</summary>
public static class SuggestionReasonsExtensions
{
    private static readonly (SuggestionReasons Reason, string Chinese, string English)[] s_texts =
    {
        (SuggestionReasons.FullName, "名称一致", "same name"),
        (SuggestionReasons.Abbreviation, "缩写一致", "abbreviation"),
        (SuggestionReasons.SuffixIgnored, "忽略末尾的「术」", "trailing 术 ignored"),
        (SuggestionReasons.QualifierIgnored, "忽略括号内限定语", "bracketed qualifier ignored"),
        (SuggestionReasons.StartOfName, "名称开头", "start of the name"),
        (SuggestionReasons.PartOfName, "名称的一部分", "part of the name"),
        (SuggestionReasons.Similar, "相近", "similar"),
        (SuggestionReasons.Colloquial, "口语简称", "colloquial form"),
        (SuggestionReasons.Synonym, "同义写法", "synonym"),
        (SuggestionReasons.Traditional, "繁体转简体", "traditional characters"),
    };

    /// <summary>The Chinese descriptions of the reasons set, in a fixed order (名称一致、口语简称 …).</summary>
    public static IReadOnlyList<string> ToChinese(this SuggestionReasons reasons) => Describe(reasons, chinese: true);

    /// <summary>The English descriptions of the reasons set, in the same order.</summary>
    public static IReadOnlyList<string> ToEnglish(this SuggestionReasons reasons) => Describe(reasons, chinese: false);

    /// <summary>Chinese, then English: <c>口语简称、忽略末尾的「术」 (colloquial form, trailing 术 ignored)</c>.</summary>
    public static string Describe(this SuggestionReasons reasons) =>
        string.Join("、", Describe(reasons, chinese: true)) + " (" + string.Join(", ", Describe(reasons, chinese: false)) + ")";

    private static List<string> Describe(SuggestionReasons reasons, bool chinese)
    {
        var list = new List<string>();
        foreach (var (reason, zh, en) in s_texts)
        {
            if ((reasons & reason) != 0)
            {
                list.Add(chinese ? zh : en);
            }
        }

        return list;
    }
}
