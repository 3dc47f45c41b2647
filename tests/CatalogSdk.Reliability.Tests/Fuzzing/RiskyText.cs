using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CatalogSdk.Reliability.Tests.Fuzzing;

/// <summary>
/// The classes of text that could break a parser, escape from a string literal or documentation comment, add a
/// directive, spoof a name or upset a compiler, as short strings the fuzzer and the injection tests draw from.
/// </summary>
internal static class RiskyText
{
    /// <summary>Each class by name: strings that belong together.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Classes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["quotes"] = new[] { "\"", "\"\"", "'", "`", "\\\"", "@\"", "$\"", "\"\"\"" },
        ["backslashes"] = new[] { "\\", "\\\\", "\\n", "\\u0022", "\\x41", "\\", "\\0" },
        ["comments"] = new[] { "*/", "/*", "//", "///", "/**", "<!--", "-->", "*/ public static int X; /*" },
        ["hash"] = new[] { "#", "＃", "#if DEBUG", "#endif", "#region", "#nullable disable", "#pragma warning disable", "#error x", "#define X", "#line 1" },
        ["xml"] = new[] { "<", ">", "&", "</summary>", "<summary>", "<see cref=\"System.Object\"/>", "&amp;", "&#x41;", "]]>", "<![CDATA[", "<!-- x -->", "&lt;", "</remarks><exclude/>" },
        ["braces"] = new[] { "{", "}", "{}", "{0}", "}}", "{{", "};", "} class X {", ";" },
        ["line separators"] = new[] { "\u2028", "\u2029", "\u0085", "\u000B", "\u000C" },
        ["controls"] = new[] { "\u0000", "\u0001", "\u0007", "\u001B", "\u001F", "\u007F", "\u0080", "\u009F", "\t" },
        ["surrogates"] = new[] { "\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\uD842\uDFB7", "\uD83D\uDE00", "\uDFB7\uD842" },
        ["bidi"] = new[] { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C" },
        ["invisible"] = new[] { "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u3164", "\uFFA0", "\u115F", "\u034F", "\uFE0F", "\u180E", "\u2062", "\uDB40\uDC01" },
        ["nonchars"] = new[] { "\uFFFE", "\uFFFF", "\uFDD0", "\uE000", "\u0378", "\uFFFD", "\uFFFC" },
        ["brackets"] = new[] { "（", "）", "(", ")", "［", "］", "[", "]", "【", "】", "〔", "〕", "〖", "〗", "（（", "））" },
        ["separators"] = new[] { "、", "，", "；", "：", "/", "／", "和", "及", "与", ",", ";", ":" },
        ["annotations"] = new[] { "@", "＠", "@abbr", "@缩写 X", "@code 00.66", "@兜底", "@catch-all", "@renamed-from 甲", "@replaces 乙", "@foo", "@abbr A B", "@@" },
        ["width"] = new[] { "ＡＢＣ", "ABC", "abc", "１２３", "123", "٣", "Ⅻ", "　", "\u00A0", " ", "－", "—", "\u2013" },
        ["homoglyphs"] = new[] { "\u2F00", "\uF9A8", "\u4EE4", "\u0410", "\u0391", "\uFF21", "\u4E00" },
        ["keywords"] = new[] { "class", "namespace", "int", "null", "true", "value__", "__arglist", "var", "global", "await", "record", "field", "value", "this", "base", "event" },
        ["members"] = new[] { "Get", "ToString", "Equals", "GetHashCode", "GetType", "TryFind", "Find", "Procedure", "ProcedureNames", "Specialty", "Catalogue", "ProcedureExtensions", "SpecialtyExtensions", "IsDefined", "GetInfo", "s_entries", "HasFlag", "MemberwiseClone", "Finalize" },
        ["digits"] = new[] { "0", "1", "42", "007", "１", "٠", "१", "1e5", "0x1F" },
        ["punctuation"] = new[] { "！", "？", "…", "·", "。", "-", "_", "__", "~", "!", "?", ".", "——", "※" },
        ["grades"] = new[] { "一级手术", "二级手术", "三级手术", "四级手术", "五级手术", "三級手術", "3级手术", "手术三级", "一 级 手 术", "零级手术" },
        ["headings"] = new[] { "（一）", "（二）", "(三)", "（十）", "（九十九）", "（一百）", "（零）", "（ 一 ）", "（）" },
        ["procedure words"] = new[] { "术", "造影", "检查", "活检", "术后", "术中", "介入", "其他准予临床应用的新技术", "冠状动脉造影术", "经皮", "目录" },
    };

    private static readonly string[] s_all = Classes.Values.SelectMany(v => v).ToArray();

    private static readonly string[] s_plain = { "冠状", "动脉", "造影", "术", "经皮", "穿刺", "支架", "植入", "血管", "成形", "消融", "栓塞", "引流", "活检", "甲", "乙", "A", "B" };

    /// <summary>One risky string from any class.</summary>
    public static string Any(Random random) => s_all[random.Next(s_all.Length)];

    /// <summary>A name-like line: plain CJK parts mixed with one to three risky strings.</summary>
    public static string Line(Random random)
    {
        var builder = new StringBuilder();
        var parts = random.Next(1, 6);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Next(3) == 0 ? Any(random) : s_plain[random.Next(s_plain.Length)]);
        }

        if (random.Next(2) == 0)
        {
            builder.Append('术');
        }

        return builder.ToString();
    }
}
