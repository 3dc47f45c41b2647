using System;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>Diagnostics about procedure lines: repeats, conflicts, wrapped and run-together lines, catch-all rows.</summary>
public class ProcedureDiagnosticsTests
{
    // ---- CSDK1009 ----

    [Fact]
    public void CSDK1009_repeat_in_one_specialty_is_kept_once_and_names_both_lines()
    {
        var document = Catalogue.WithHeader("冠状动脉血流储备分数检查", "左心室造影", "  冠状动脉血流储备分数检查");

        Catalogue.AssertIds(document, "CSDK1009");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1009", CatalogueSeverity.Warning, 6, 3);
        Assert.Equal(new[] { "冠状动脉血流储备分数检查", "4", "6" }, diagnostic.Arguments.AsArray());
        Assert.Contains("第 4 行与第 6 行", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("lines 4 and 6", diagnostic.Message, StringComparison.Ordinal);

        Assert.Equal(LineKind.Repeat, Catalogue.KindOf(document, 6));
        Assert.Equal(2, document.Procedures.Count);
        var procedure = Catalogue.Procedure(document, "冠状动脉血流储备分数检查");
        Assert.Equal(new[] { 1 }, procedure.Specialties.AsArray());
        Assert.Equal(new[] { 4, 6 }, procedure.Lines.AsArray());
        Assert.Equal(4, procedure.Line);
    }

    [Fact]
    public void CSDK1009_names_the_line_in_the_same_specialty_not_the_first_appearance()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "四级手术",
            "经颈静脉肝内门体分流术（TIPS）",
            "（二）综合介入诊疗手术分级目录",
            "四级手术",
            "经颈静脉肝内门体分流术（TIPS）",
            "经颈静脉肝内门体分流术(TIPS)");

        Catalogue.AssertIds(document, "CSDK1009");
        Assert.Equal(new[] { "经颈静脉肝内门体分流术(TIPS)", "7", "8" }, document.Diagnostics[0].Arguments.AsArray());
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal(new[] { 1, 2 }, procedure.Specialties.AsArray());
        Assert.Equal(new[] { 4, 7, 8 }, procedure.Lines.AsArray());
    }

    // ---- CSDK1010 ----

    [Fact]
    public void CSDK1010_one_procedure_with_two_grades_is_an_error_naming_both_lines_and_grades()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "三级手术",
            "冠状动脉造影术",
            "（二）神经血管介入诊疗手术分级目录",
            "四级手术",
            "冠状动脉造影术");

        Catalogue.AssertIds(document, "CSDK1010");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1010", CatalogueSeverity.Error, 7, 1);
        Assert.Equal(new[] { "冠状动脉造影术", "4", "三级手术", "7", "四级手术", "Grade 3", "Grade 4" }, diagnostic.Arguments.AsArray());
        Assert.Contains("在第 4 行为三级手术，在第 7 行为四级手术", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("is Grade 3 at line 4 and Grade 4 at line 7", diagnostic.Message, StringComparison.Ordinal);

        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 7));
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal(SurgicalGrade.Grade3, procedure.Grade);
        Assert.Equal(new[] { 1 }, procedure.Specialties.AsArray());
        Assert.Equal(new[] { 4 }, procedure.Lines.AsArray());
    }

    [Fact]
    public void CSDK1010_applies_within_one_specialty_too()
    {
        var document = Catalogue.WithHeader("冠状动脉造影术", "四级手术", "冠状动脉造影术");

        var diagnostic = Catalogue.Single(document, "CSDK1010");
        Assert.Equal(new[] { "冠状动脉造影术", "4", "三级手术", "6", "四级手术", "Grade 3", "Grade 4" }, diagnostic.Arguments.AsArray());
    }

    // ---- CSDK1011 ----

    [Fact]
    public void CSDK1011_name_ending_inside_an_open_bracket_is_rejected()
    {
        var document = Catalogue.WithHeader("  淋巴结构的活组织检查（颈部、锁骨上、腋窝、腹股沟、", "左心室造影");

        Catalogue.AssertIds(document, "CSDK1011");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1011", CatalogueSeverity.Error, 4, 3);
        Assert.Equal(new[] { "淋巴结构的活组织检查（颈部、锁骨上、腋窝、腹股沟、", "在括号内结束", "ends inside an open bracket" }, diagnostic.Arguments.AsArray());
        Assert.Contains("在括号内结束，看起来是被折成了两行", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 4));
        Assert.Equal(new[] { "左心室造影" }, document.Procedures.Select(p => p.Name));
    }

    [Theory]
    [InlineData("闭合性纵隔[经皮")]
    [InlineData("闭合性纵隔【经皮")]
    [InlineData("闭合性纵隔(经皮(针吸)")]
    public void CSDK1011_any_open_bracket_style_counts(string name)
    {
        var document = Catalogue.WithHeader(name);

        var diagnostic = Catalogue.Single(document, "CSDK1011");
        Assert.Equal("在括号内结束", diagnostic.Arguments[1]);
    }

    [Theory]
    [InlineData('、')]
    [InlineData('，')]
    [InlineData(',')]
    [InlineData('；')]
    [InlineData(';')]
    [InlineData('：')]
    [InlineData(':')]
    [InlineData('/')]
    [InlineData('／')]
    [InlineData('和')]
    [InlineData('及')]
    [InlineData('与')]
    public void CSDK1011_name_ending_on_a_separator_is_rejected_and_names_it(char separator)
    {
        var name = "经皮穿刺活检术" + separator;
        var document = Catalogue.WithHeader(name);

        Catalogue.AssertIds(document, "CSDK1014", "CSDK1011");
        var diagnostic = document.Diagnostics[1];
        Catalogue.AssertAt(diagnostic, "CSDK1011", CatalogueSeverity.Error, 4, 1);
        Assert.Equal(new[] { name, "以分隔符「" + separator + "」结束", "ends on the separator '" + separator + "'" }, diagnostic.Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 4));
    }

    [Theory]
    [InlineData("支气管动脉栓塞术（止血为目的）")]
    [InlineData("经皮冠状动脉腔内血管成形术[PTCA]")]
    [InlineData("闭合性纵隔[经皮][针吸]活组织检查")]
    [InlineData("心房颤动、心房扑动、房性心动过速导管消融术")]
    [InlineData("颅内动脉瘤/动脉夹层介入栓塞术")]
    [InlineData("经皮椎体成形/椎体后凸成形术(除外上段胸椎和颈椎)")]
    [InlineData("淋巴结构的活组织检查（颈部、锁骨上、腋窝、腹股沟、颌下、纵隔等）")]
    public void CSDK1011_is_not_reported_for_closed_brackets_or_inner_separators(string name)
    {
        var document = Catalogue.WithHeader(name);

        Catalogue.AssertIds(document);
        Assert.Equal(name, Assert.Single(document.Procedures).Name);
    }

    // ---- CSDK1012 ----

    [Fact]
    public void CSDK1012_closing_bracket_without_opening_is_rejected()
    {
        var document = Catalogue.WithHeader("左心室造影", "颌下、纵隔等）");

        Catalogue.AssertIds(document, "CSDK1012");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1012", CatalogueSeverity.Error, 5, 1);
        Assert.Equal(new[] { "颌下、纵隔等）" }, diagnostic.Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 5));
        Assert.Single(document.Procedures);
    }

    [Theory]
    [InlineData("冠状动脉造影术]")]
    [InlineData("冠状动脉造影术）（IVUS")]
    [InlineData("冠状动脉(造影)术】")]
    public void CSDK1012_a_close_before_any_open_is_unbalanced(string name)
    {
        var document = Catalogue.WithHeader(name);

        var diagnostic = Catalogue.Single(document, "CSDK1012");
        Assert.Equal(name, diagnostic.Arguments[0]);
    }

    [Theory]
    [InlineData("特殊部位经皮穿刺活检术（纵膈/胰腺等）")]
    [InlineData("冠状动脉血管内超声(IVUS)")]
    [InlineData("心脏再同步除颤器置入，全系统[CRT-D]")]
    [InlineData("甲（乙【丙】丁）术")]
    public void CSDK1012_is_not_reported_for_balanced_brackets(string name)
    {
        var document = Catalogue.WithHeader(name);

        Catalogue.AssertIds(document);
    }

    // ---- CSDK1013 ----

    [Fact]
    public void CSDK1013_two_procedures_run_together_are_reported_with_both_halves()
    {
        const string Name = "一般部位的经皮穿刺活检术（涎腺、乳腺、阴囊、腹壁等）经皮肝穿胆道造影术";
        var document = Catalogue.WithHeader("左心室造影", "\t" + Name);

        Catalogue.AssertIds(document, "CSDK1013");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1013", CatalogueSeverity.Warning, 5, 2);
        Assert.Equal(new[] { Name, "一般部位的经皮穿刺活检术（涎腺、乳腺、阴囊、腹壁等）", "经皮肝穿胆道造影术" }, diagnostic.Arguments.AsArray());

        // A warning, not a guess: the line stays one procedure until a maintainer splits it.
        Assert.Equal(LineKind.Procedure, Catalogue.KindOf(document, 5));
        Assert.Equal(Name, Catalogue.Procedure(document, Name).Name);
    }

    [Theory]
    [InlineData("经皮胃造瘘术经皮肾造瘘术", "经皮胃造瘘术", "经皮肾造瘘术")]
    [InlineData("冠状动脉造影术左心室造影", "冠状动脉造影术", "左心室造影")]
    [InlineData("宫外孕介入治疗术冠状动脉血流储备分数检查", "宫外孕介入治疗术", "冠状动脉血流储备分数检查")]
    [InlineData("经皮肾造瘘术超声引导下前列腺穿刺活检", "经皮肾造瘘术", "超声引导下前列腺穿刺活检")]
    [InlineData("脾动脉栓塞术(止血)肿瘤栓塞术", "脾动脉栓塞术(止血)", "肿瘤栓塞术")]
    public void CSDK1013_splits_after_the_first_procedure_ending(string name, string first, string second)
    {
        var document = Catalogue.WithHeader(name);

        var diagnostic = Catalogue.Single(document, "CSDK1013");
        Assert.Equal(new[] { name, first, second }, diagnostic.Arguments.AsArray());
    }

    [Theory]
    [InlineData("多根导管冠状动脉搭桥术后桥血管造影")] // 术后: after the operation
    [InlineData("肾、肝移植术后血管吻合口狭窄血管扩张成形术")]
    [InlineData("经皮穿刺术中导航下肿瘤活检")] // 术中
    [InlineData("冠状动脉旁路移植术前冠状动脉造影")] // 术前
    [InlineData("一般动静脉造影术和其他部位插管造影术")] // 和
    [InlineData("经皮穿刺引流术及胆道支架植入术")] // 及
    [InlineData("肿瘤栓塞术与化疗灌注术")] // 与
    [InlineData("射频消融术或冷冻消融术")] // 或
    [InlineData("肺动脉经导管溶栓术、血栓清除术")] // punctuation between
    [InlineData("支气管动脉栓塞术（止血为目的）")] // qualifier only
    [InlineData("甲术乙术")] // second part too short
    [InlineData("经皮穿刺术X线引导下活检")] // second part does not start with a CJK character
    [InlineData("颈外动脉分支栓塞术灌注化疗")] // second part does not end like a procedure
    [InlineData("经T型管取石术")]
    public void CSDK1013_is_not_reported_for_one_procedure(string name)
    {
        var document = Catalogue.WithHeader(name);

        Catalogue.AssertIds(document);
        Assert.Equal(name, Assert.Single(document.Procedures).Name);
    }

    // ---- CSDK1022 ----

    [Theory]
    [InlineData("其他准予临床应用的新技术")]
    [InlineData("其他经医院批准的新技术")]
    [InlineData("其他 新技术")]
    [InlineData("其他新技術")]
    public void CSDK1022_unmarked_catch_all_row_is_a_warning(string name)
    {
        var document = Catalogue.WithHeader("左心室造影", name);

        Catalogue.AssertIds(document, "CSDK1022");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1022", CatalogueSeverity.Warning, 5, 1);
        Assert.Equal(new[] { name }, diagnostic.Arguments.AsArray());
        Assert.Contains("@兜底", diagnostic.Message, StringComparison.Ordinal);

        // Still a row of the catalogue, but not flagged: only the annotation flags it.
        var row = Catalogue.Procedure(document, name);
        Assert.False(row.IsCatchAll);
    }

    [Theory]
    [InlineData("其他准予临床应用的新技术 @兜底")]
    [InlineData("其他准予临床应用的新技术 @catch-all")]
    [InlineData("其他准予临床应用的新技术＠兜底")]
    [InlineData("其他准予临床应用的新技术 @CATCH-ALL")]
    public void CSDK1022_is_not_reported_for_a_marked_catch_all_row(string line)
    {
        var document = Catalogue.WithHeader(line);

        Catalogue.AssertIds(document);
        var row = Assert.Single(document.Procedures);
        Assert.True(row.IsCatchAll);
        Assert.Equal("其他准予临床应用的新技术", row.Name);
    }

    [Theory]
    [InlineData("其他部位插管造影术")]
    [InlineData("新技术准入评估")]
    [InlineData("一般动静脉造影术和其他部位插管造影术")]
    public void CSDK1022_is_not_reported_for_ordinary_procedures(string name)
    {
        var document = Catalogue.WithHeader(name);

        Catalogue.AssertIds(document);
        Assert.False(Assert.Single(document.Procedures).IsCatchAll);
    }
}
