using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Benchmarks.Support;

/// <summary>
/// Makes catalogues of any size in the official format, for the generator benchmarks: a title, specialty headings
/// （一）…（二十）, grade headings 一级手术 … 四级手术, blank lines and comments as the official text has them, and
/// realistic names — an approach (经皮, 腹腔镜下, CT引导下 …), a site and an operation, sometimes a qualifier in full-width
/// or ASCII brackets (（单侧）, [再次]), sometimes an abbreviation ([PTCA] style, or an @缩写 annotation) or an @编码 code.
/// About one procedure in thirty is listed under a second specialty, as the official catalogues do, and the last
/// specialty ends with the catch-all row. The same size always gives the same text, and it parses with no diagnostics
/// (checked by <see cref="CatalogueCase"/>).
/// </summary>
public static class SyntheticCatalogue
{
    private static readonly string[] s_specialties =
    {
        "心血管内科", "神经外科", "普通外科", "骨科", "泌尿外科", "胸外科", "妇产科", "眼科", "耳鼻咽喉头颈外科", "口腔颌面外科",
        "消化内科", "呼吸与危重症医学科", "肾内科", "血管外科", "肝胆胰外科", "乳腺外科", "甲状腺外科", "小儿外科", "整形外科", "疼痛科",
    };

    private static readonly string[] s_numerals =
    {
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    };

    private static readonly string[] s_grades = { "一级手术", "二级手术", "三级手术", "四级手术" };

    private static readonly string[] s_approaches =
    {
        "", "", "", "经皮", "经导管", "经皮穿刺", "腹腔镜下", "胸腔镜下", "内镜下", "宫腔镜下", "关节镜下", "显微镜下", "CT引导下",
        "超声引导下", "DSA引导下", "机器人辅助", "经鼻内镜", "经尿道", "经口", "经股动脉", "经桡动脉", "开放",
    };

    private static readonly string[] s_sites =
    {
        "冠状动脉", "颈动脉", "椎动脉", "肾动脉", "髂动脉", "股浅动脉", "腘动脉", "锁骨下动脉", "主动脉弓", "胸主动脉", "腹主动脉",
        "肺动脉", "门静脉", "下腔静脉", "肝", "胆囊", "胆总管", "胰腺", "脾", "胃", "十二指肠", "结肠", "直肠", "阑尾", "甲状腺",
        "甲状旁腺", "乳腺", "肺", "支气管", "食管", "纵隔", "肾", "输尿管", "膀胱", "前列腺", "子宫", "卵巢", "输卵管", "颅内动脉瘤",
        "脑室", "垂体", "脊髓", "腰椎间盘", "颈椎", "髋关节", "膝关节", "肩关节", "踝关节", "半月板", "前交叉韧带", "眼眶", "晶状体",
        "视网膜", "鼻窦", "喉", "扁桃体", "腮腺", "下颌骨", "皮肤软组织", "淋巴结",
    };

    private static readonly string[] s_operations =
    {
        "切除术", "部分切除术", "根治术", "修补术", "成形术", "重建术", "置换术", "支架植入术", "球囊扩张成形术", "栓塞术", "取栓术",
        "溶栓术", "射频消融术", "冷冻消融术", "微波消融术", "引流术", "穿刺活检", "造影", "血管造影", "探查术", "减压术", "固定术",
        "松解术", "移植术", "吻合术", "封堵术", "置管术", "切开取石术", "碎石术", "内膜剥脱术", "旁路移植术", "压力测定", "功能检查",
    };

    private static readonly string[] s_qualifiers =
    {
        "（单侧）", "（双侧）", "（A型病变）", "（B型病变）", "（复杂病变）", "（分期）", "(儿童)", "[再次]", "［复发］", "（含术中造影）",
    };

    /// <summary>The title line: a catalogue title ends in 目录.</summary>
    public const string Title = "合成测试医院手术分级目录";

    /// <summary>
    /// A catalogue of <paramref name="procedures"/> distinct procedures (the catch-all row included).
    /// </summary>
    public static string Create(int procedures)
    {
        if (procedures < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(procedures), procedures, "At least 10 procedures.");
        }

        var random = new Random(20_240_601 + procedures);
        var names = Names(procedures - 1, random);

        // Each procedure: a grade and a specialty (spread evenly), and for one in thirty a second specialty.
        var sections = new List<string>[s_specialties.Length, 4];
        for (var s = 0; s < s_specialties.Length; s++)
        {
            for (var g = 0; g < 4; g++)
            {
                sections[s, g] = new List<string>();
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            var grade = Grade(random);
            var specialty = i % s_specialties.Length;
            sections[specialty, grade].Add(names[i]);
            if (random.Next(30) == 0)
            {
                var second = (specialty + 1 + random.Next(s_specialties.Length - 1)) % s_specialties.Length;
                sections[second, grade].Add(names[i]);
            }
        }

        sections[s_specialties.Length - 1, 3].Add("其他准予临床应用的新技术 @兜底");

        var text = new StringBuilder(procedures * 32);
        text.Append("# 合成目录：").Append(procedures.ToString(CultureInfo.InvariantCulture)).Append(" 项，由 CatalogSdk.Benchmarks 生成，仅用于性能测试。\n");
        text.Append("# A synthetic catalogue made by CatalogSdk.Benchmarks for the generator benchmarks.\n");
        text.Append(' ').Append(Title).Append('\n');
        for (var s = 0; s < s_specialties.Length; s++)
        {
            text.Append('（').Append(s_numerals[s]).Append('）').Append(s_specialties[s]).Append("手术分级目录\n\n");
            for (var g = 0; g < 4; g++)
            {
                if (sections[s, g].Count == 0)
                {
                    continue;
                }

                text.Append(s_grades[g]).Append("\n\n");
                var count = 0;
                foreach (var line in sections[s, g])
                {
                    if (++count % 200 == 0)
                    {
                        text.Append("# 院内增补（第 ").Append((count / 200).ToString(CultureInfo.InvariantCulture)).Append(" 批），经医疗技术临床应用管理委员会审议。\n");
                    }

                    text.Append(line).Append('\n');
                    if (random.Next(2) == 0)
                    {
                        text.Append('\n');
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The lock file <c>catalog lock update</c> would write for <paramref name="catalogueText"/>: every procedure
    /// accepted, IDs in order of appearance.
    /// </summary>
    public static string CreateLock(string fileName, string catalogueText)
    {
        var document = CatalogueParser.Parse("/" + fileName, catalogueText);
        var locked = LockReconciler.Reconcile(document, null, "2024");
        return LockFormat.Write(fileName, locked.Accepted);
    }

    private static int Grade(Random random)
    {
        // Roughly the official mix: few grade 1, most grade 3.
        var roll = random.Next(100);
        return roll < 15 ? 0 : roll < 40 ? 1 : roll < 75 ? 2 : 3;
    }

    private static List<string> Names(int count, Random random)
    {
        var result = new List<string>(count);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var abbreviations = 0;
        var codes = 0;
        while (result.Count < count)
        {
            var approach = s_approaches[random.Next(s_approaches.Length)];
            var site = s_sites[random.Next(s_sites.Length)];
            var operation = s_operations[random.Next(s_operations.Length)];
            var name = approach + site + operation;
            var roll = random.Next(100);
            if (roll < 30)
            {
                name += s_qualifiers[random.Next(s_qualifiers.Length)];
            }

            // Beyond a few thousand, the parts run out of combinations: number the series, as hospital lists do.
            if (keys.Contains(CatalogueText.ToKey(name)))
            {
                name += "（" + Series(random.Next(2, 60)) + "）";
            }

            string? annotation = null;
            roll = random.Next(100);
            if (roll < 4)
            {
                name += "[" + Abbreviation(abbreviations++) + "]";
            }
            else if (roll < 6)
            {
                annotation = " @缩写 " + Abbreviation(abbreviations++);
            }
            else if (roll < 9)
            {
                codes++;
                annotation = " @编码 " + (codes / 100 % 100).ToString("00", CultureInfo.InvariantCulture) + "." + (codes % 100).ToString("00", CultureInfo.InvariantCulture) + (codes / 10_000).ToString("00", CultureInfo.InvariantCulture);
            }

            if (keys.Add(CatalogueText.ToKey(name)))
            {
                result.Add(annotation is null ? name : name + annotation);
            }
        }

        return result;
    }

    /// <summary>第二十三系列: a Chinese ordinal, so names stay Chinese.</summary>
    private static string Series(int n)
    {
        var tens = n / 10;
        var ones = n % 10;
        var text = (tens > 1 ? s_numerals[tens - 1] : string.Empty) + (tens > 0 ? "十" : string.Empty) + (ones > 0 ? s_numerals[ones - 1] : string.Empty);
        return "第" + text + "系列";
    }

    /// <summary>Unique abbreviations in the catalogue's style: capitals, at least two letters (XA, XB … XAA …).</summary>
    private static string Abbreviation(int n)
    {
        var letters = new StringBuilder("X");
        do
        {
            letters.Append((char)('A' + (n % 26)));
            n /= 26;
        }
        while (n > 0);

        return letters.ToString();
    }
}
