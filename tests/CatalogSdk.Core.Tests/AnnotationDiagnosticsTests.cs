using System;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>Annotations (@abbr, @code, @catch-all and their Chinese forms) and abbreviations.</summary>
public class AnnotationDiagnosticsTests
{
    // ---- valid annotations ----

    [Theory]
    [InlineData("冠状动脉造影术 @abbr CAG @code 88.55")]
    [InlineData("冠状动脉造影术 @缩写 CAG @编码 88.55")]
    [InlineData("冠状动脉造影术＠缩写 CAG ＠code 88.55")]
    [InlineData("冠状动脉造影术 @ABBR CAG @Code 88.55")]
    [InlineData("冠状动脉造影术\t@code   88.55\u3000@abbr CAG")]
    public void Annotations_set_abbreviation_and_code_and_are_not_part_of_the_name(string line)
    {
        var document = Catalogue.WithHeader(line);

        Catalogue.AssertIds(document);
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal("冠状动脉造影术", procedure.Name);
        Assert.Equal("冠状动脉造影术", procedure.Key);
        Assert.Equal("CAG", procedure.Abbreviation);
        Assert.Equal("88.55", procedure.Code);
        Assert.False(procedure.IsCatchAll);
        Assert.Equal(7, procedure.Span.Length);
    }

    [Fact]
    public void Code_is_never_inferred()
    {
        var document = Catalogue.WithHeader("经皮冠状动脉腔内血管成形术[PTCA]");

        Assert.Null(Assert.Single(document.Procedures).Code);
    }

    [Fact]
    public void Abbreviation_annotation_wins_over_the_bracket_in_the_name()
    {
        var document = Catalogue.WithHeader("经皮冠状动脉腔内血管成形术[PTCA] @abbr PCI");

        Catalogue.AssertIds(document);
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal("经皮冠状动脉腔内血管成形术[PTCA]", procedure.Name);
        Assert.Equal("PCI", procedure.Abbreviation);
    }

    [Fact]
    public void Annotations_on_a_repeat_fill_in_what_the_first_line_lacked()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）外周血管介入诊疗手术分级目录",
            "四级手术",
            "其他准予临床应用的新技术",
            "（二）综合介入诊疗手术分级目录",
            "四级手术",
            "其他准予临床应用的新技术 @兜底 @code X-1");

        Catalogue.AssertIds(document, "CSDK1022");
        var row = Assert.Single(document.Procedures);
        Assert.True(row.IsCatchAll);
        Assert.Equal("X-1", row.Code);
        Assert.Equal(new[] { 1, 2 }, row.Specialties.AsArray());
    }

    // ---- abbreviations from names ----

    [Theory]
    [InlineData("经皮冠状动脉腔内血管成形术[PTCA]", "PTCA")]
    [InlineData("冠状动脉血管内超声(IVUS)", "IVUS")]
    [InlineData("经光学相干断层扫描的冠状血管血管内影像[OCT]", "OCT")]
    [InlineData("心脏再同步除颤器置入，全系统[CRT-D]", "CRT-D")]
    [InlineData("经颈静脉肝内门体分流术（TIPS）", "TIPS")]
    [InlineData("经颈静脉肝内门体分流术（ＴＩＰＳ）", "TIPS")]
    [InlineData("冠脉血流储备分数检查【FFR】", "FFR")]
    [InlineData("冠脉检查(iFR2)", "iFR2")]
    public void Trailing_ascii_bracket_is_the_abbreviation(string name, string abbreviation)
    {
        var document = Catalogue.WithHeader(name);

        Catalogue.AssertIds(document);
        Assert.Equal(abbreviation, Assert.Single(document.Procedures).Abbreviation);
    }

    [Theory]
    [InlineData("择期冠状动脉腔内支架植入术（A型病变）")] // a qualifier, not an abbreviation
    [InlineData("主动脉球囊反搏装置去除[IABP装置去除]")]
    [InlineData("冠脉瞬时无波形比值检查[iFR检查]")]
    [InlineData("经皮椎体成形/椎体后凸成形术(除外上段胸椎和颈椎)")]
    [InlineData("冠状动脉造影术(A)")] // one letter
    [InlineData("冠状动脉造影术(ivus)")] // no capital
    [InlineData("冠状动脉造影术(12)")] // no letter
    [InlineData("冠状动脉造影术(CT A)")] // a space
    [InlineData("冠状动脉(IVUS)造影术")] // not trailing
    [InlineData("(IVUS)")] // nothing before the bracket
    public void Other_brackets_are_not_abbreviations(string name)
    {
        var document = Catalogue.WithHeader(name);

        Assert.Null(Assert.Single(document.Procedures).Abbreviation);
    }

    // ---- CSDK1015 ----

    [Fact]
    public void CSDK1015_unknown_annotation_rejects_the_line_at_the_at_sign()
    {
        var document = Catalogue.WithHeader("左心室造影", "冠状动脉造影术 @foo bar");

        Catalogue.AssertIds(document, "CSDK1015");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1015", CatalogueSeverity.Error, 5, 9);
        Assert.Equal(new[] { "foo" }, diagnostic.Arguments.AsArray());
        Assert.Contains("未知的标注「@foo」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 5));
        Assert.Equal(new[] { "左心室造影" }, document.Procedures.Select(p => p.Name));
    }

    [Fact]
    public void CSDK1015_full_width_at_sign_and_chinese_key()
    {
        var document = Catalogue.WithHeader("左心室造影", "  冠状动脉造影术＠备注 X");

        var diagnostic = Catalogue.Single(document, "CSDK1015");
        Catalogue.AssertAt(diagnostic, "CSDK1015", CatalogueSeverity.Error, 5, 10);
        Assert.Equal(new[] { "备注" }, diagnostic.Arguments.AsArray());
    }

    // ---- CSDK1016 ----

    [Theory]
    [InlineData("冠状动脉造影术 @abbr", 9, "abbr", "缺少值", "the value is missing")]
    [InlineData("冠状动脉造影术 @编码", 9, "编码", "缺少值", "the value is missing")]
    [InlineData("冠状动脉造影术 @abbr C A G", 9, "abbr", "值中不能有空格", "the value cannot contain spaces")]
    [InlineData("冠状动脉造影术 @code 88.55 @code 88.56", 21, "code", "同一行中重复出现", "it appears twice on the line")]
    [InlineData("冠状动脉造影术 @abbr CAG @缩写 CA", 19, "缩写", "同一行中重复出现", "it appears twice on the line")]
    [InlineData("其他准予临床应用的新技术 @兜底 是", 14, "兜底", "它不带值，请删除「是」", "it takes no value; remove '是'")]
    [InlineData("其他准予临床应用的新技术 @兜底 @catch-all", 18, "catch-all", "同一行中重复出现", "it appears twice on the line")]
    public void CSDK1016_malformed_annotation_rejects_the_line_and_says_why(string line, int column, string key, string zh, string en)
    {
        var document = Catalogue.WithHeader("左心室造影", line);

        Catalogue.AssertIds(document, "CSDK1016");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1016", CatalogueSeverity.Error, 5, column);
        Assert.Equal(new[] { key, zh, en }, diagnostic.Arguments.AsArray());
        Assert.StartsWith("标注「@" + key + "」格式错误：" + zh, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 5));
        Assert.Single(document.Procedures);
    }

    [Fact]
    public void CSDK1016_every_bad_annotation_of_a_line_is_reported()
    {
        var document = Catalogue.WithHeader("左心室造影", "冠状动脉造影术 @abbr @foo");

        Catalogue.AssertIds(document, "CSDK1016", "CSDK1015");
        Assert.Equal(new[] { 9, 15 }, document.Diagnostics.Select(d => d.Column));
    }

    // ---- CSDK1017 ----

    [Theory]
    [InlineData("@abbr CAG", 1)]
    [InlineData("  ＠缩写 CAG", 3)]
    [InlineData("@兜底", 1)]
    public void CSDK1017_annotations_without_a_name_reject_the_line(string line, int column)
    {
        var document = Catalogue.WithHeader("左心室造影", line);

        Catalogue.AssertIds(document, "CSDK1017");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1017", CatalogueSeverity.Error, 5, column);
        Assert.Empty(diagnostic.Arguments);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 5));
        Assert.Single(document.Procedures);
    }

    // ---- CSDK1020 ----

    [Fact]
    public void CSDK1020_one_abbreviation_for_two_procedures_names_both()
    {
        var document = Catalogue.WithHeader("经皮冠状动脉腔内血管成形术[PTCA]", "左心室造影", "冠状动脉成形术（ＰＴＣＡ）");

        Catalogue.AssertIds(document, "CSDK1020");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1020", CatalogueSeverity.Warning, 6, 1);
        Assert.Equal(new[] { "PTCA", "经皮冠状动脉腔内血管成形术[PTCA]", "4", "冠状动脉成形术（ＰＴＣＡ）" }, diagnostic.Arguments.AsArray());
        Assert.Contains("（第 4 行）", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CSDK1020_abbreviations_compare_by_the_matching_rule()
    {
        var document = Catalogue.WithHeader("冠状动脉造影术 @abbr CAG", "  左心室造影 @缩写 cag");

        var diagnostic = Catalogue.Single(document, "CSDK1020");
        Catalogue.AssertAt(diagnostic, "CSDK1020", CatalogueSeverity.Warning, 5, 3);
        Assert.Equal(new[] { "cag", "冠状动脉造影术", "4", "左心室造影" }, diagnostic.Arguments.AsArray());
    }

    [Fact]
    public void CSDK1020_is_not_reported_for_one_procedure_listed_in_two_specialties()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）外周血管介入诊疗手术分级目录",
            "四级手术",
            "经颈静脉肝内门体分流术（TIPS）",
            "（二）综合介入诊疗手术分级目录",
            "四级手术",
            "经颈静脉肝内门体分流术（TIPS）",
            "冠状动脉血管内超声(IVUS)");

        Catalogue.AssertIds(document);
        Assert.Equal(new[] { "TIPS", "IVUS" }, document.Procedures.Select(p => p.Abbreviation));
    }
}
