using System.Collections.Generic;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>Every line is accounted for: nothing lost, nothing rejected silently.</summary>
public class LineAccountingTests
{
    /// <summary>Inputs with a bit of every problem the parser knows.</summary>
    public static readonly Dictionary<string, string> Messy = new()
    {
        ["preamble and bad headings"] =
            "前言：本文件由医院整理\n  介入诊疗手术分级目录\n一级手术\n（一）\n（一）心血管疾病介入诊疗手术分级目录\n冠状动脉造影术\n" +
            "五级手术\n手术三级\n一级手术\n人工起搏器功能检查\n（三）外周血管介入诊疗手术分级目录\n（三）神经血管目录\n（四）心血管疾病目录\n",
        ["wrapped, run together, repeated"] =
            "目录\r\n（一）综合介入诊疗手术分级目录\r\n二级手术\r\n淋巴结构的活组织检查（颈部、锁骨上、\r\n颌下、纵隔等）\r\n" +
            "经皮胃造瘘术经皮肾造瘘术\r\n关节抽吸术\r\n关节抽吸术 \r\n三级手术\r\n关节抽吸术\r\n经皮穿刺活检术、\r\n",
        ["annotations"] =
            "目录\r（一）心血管疾病介入诊疗手术分级目录\r三级手术\r冠状动脉造影术 @abbr CAG\r左心室造影 @foo\r@abbr X\r" +
            "心房颤动导管消融术 @code\r其他准予临床应用的新技术 @兜底 x\r其他准予临床应用的新技术\r经皮冠状动脉腔内血管成形术[PTCA]\r冠脉成形术（PTCA）\r",
        ["characters"] =
            "\uFEFF目录\n（一）心血管疾病介入诊疗手术分级目录\n三级手术\n冠状\u200B动脉造影术\n左心室\uFFFD造影\n\u3000\u00A0\n# 注释\u202E\n\u0001\n" +
            "3D打印术\nclass\n——\n脑/脊髓造影术\n脑、脊髓造影术\n\t\t左心室造影\t\t\n\uFEFF\n",
    };

    public static IEnumerable<object[]> Inputs()
    {
        yield return new object[] { "official", Catalogue.ReadTestData("interventional-official.txt") };
        yield return new object[] { "shipped", Catalogue.ReadTestData("interventional.txt") };
        foreach (var (name, text) in Messy)
        {
            yield return new object[] { name, text };
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_non_blank_line_is_accounted_for_and_every_rejection_has_an_error(string name, string text)
    {
        var document = CatalogueParser.Parse(name + ".txt", text, "UTF-8");

        Catalogue.AssertEveryLineAccountedFor(text, document);
    }

    [Fact]
    public void Messy_inputs_really_exercise_rejection()
    {
        foreach (var (name, text) in Messy)
        {
            var document = CatalogueParser.Parse(name + ".txt", text, "UTF-8");
            Assert.Contains(document.Lines, l => l.Kind == Model.LineKind.Rejected);
            Assert.True(document.HasErrors, name);
        }
    }
}
