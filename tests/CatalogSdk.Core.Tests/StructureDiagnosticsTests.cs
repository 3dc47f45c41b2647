using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>Diagnostics about the shape of the file: encoding, title, headings, emptiness.</summary>
public class StructureDiagnosticsTests
{
    private const string Valid = "测试目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n人工起搏器功能检查\n";

    // ---- CSDK1002 ----

    [Theory]
    [InlineData("GB18030")]
    [InlineData("GBK")]
    [InlineData("gb2312")]
    [InlineData("us-ascii")]
    [InlineData("windows-1252")]
    [InlineData("ISO-8859-1")]
    [InlineData("utf-7")]
    public void CSDK1002_non_unicode_encoding_is_reported_at_the_start_and_named(string encoding)
    {
        var document = CatalogueParser.Parse(Catalogue.Path, Valid, encoding);

        Catalogue.AssertIds(document, "CSDK1002");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1002", CatalogueSeverity.Error, 1, 1);
        Assert.Equal(new[] { encoding }, diagnostic.Arguments.AsArray());
        Assert.Contains("（读取时使用了 " + encoding, diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Contains("it was read as " + encoding, diagnostic.Message, System.StringComparison.Ordinal);

        // The text is still parsed: the report is about the file, not a line.
        Assert.Single(document.Procedures);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("UTF-8")]
    [InlineData("utf-8")]
    [InlineData("utf8")]
    [InlineData("utf_8")]
    [InlineData("Unicode (UTF-8)")]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-16BE")]
    [InlineData("unicode")]
    [InlineData("utf-32")]
    [InlineData("CodePage65001")]
    public void CSDK1002_is_not_reported_for_unicode_or_unknown_encoding(string? encoding)
    {
        var document = CatalogueParser.Parse(Catalogue.Path, Valid, encoding);

        Catalogue.AssertIds(document);
    }

    // ---- CSDK1003 ----

    [Fact]
    public void CSDK1003_text_before_the_first_heading_is_rejected_and_named()
    {
        var document = Catalogue.Parse("   说明：本目录仅供测试", "（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查");

        var diagnostic = Catalogue.Single(document, "CSDK1003");
        Catalogue.AssertAt(diagnostic, "CSDK1003", CatalogueSeverity.Error, 1, 4);
        Assert.Equal(new[] { "说明：本目录仅供测试" }, diagnostic.Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 1));
        Assert.Null(document.Title);
        Assert.Equal("test-catalogue", document.DisplayName);
        Catalogue.AssertIds(document, "CSDK1003");
    }

    [Fact]
    public void CSDK1003_a_second_title_like_line_is_not_a_second_title()
    {
        var document = Catalogue.Parse("介入诊疗手术分级目录", "另一个目录", "（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查");

        Catalogue.AssertIds(document, "CSDK1003");
        Catalogue.AssertAt(document.Diagnostics[0], "CSDK1003", CatalogueSeverity.Error, 2, 1);
        Assert.Equal("另一个目录", document.Diagnostics[0].Arguments[0]);
        Assert.Equal("介入诊疗手术分级目录", document.Title);
    }

    [Fact]
    public void CSDK1003_a_title_after_rejected_text_is_not_taken_as_the_title()
    {
        var document = Catalogue.Parse("前言", "介入诊疗手术分级目录", "（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查");

        Catalogue.AssertIds(document, "CSDK1003", "CSDK1003");
        Assert.Equal(new[] { 1, 2 }, document.Diagnostics.Select(d => d.Line));
        Assert.Null(document.Title);
    }

    [Theory]
    [InlineData(" 介入诊疗手术分级目录", "介入诊疗手术分级目录")]
    [InlineData("介入診療手術分級目錄", "介入診療手術分級目錄")]
    [InlineData("某医院手术目录\u3000", "某医院手术目录")]
    public void CSDK1003_is_not_reported_for_a_title_ending_in_catalogue(string line, string title)
    {
        var document = Catalogue.Parse("# 注释可以在标题之前", string.Empty, line, "（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查");

        Catalogue.AssertIds(document);
        Assert.Equal(title, document.Title);
        Assert.Equal(title, document.DisplayName);
        Assert.Equal(LineKind.Comment, Catalogue.KindOf(document, 1));
        Assert.Equal(LineKind.Title, Catalogue.KindOf(document, 3));
    }

    [Fact]
    public void Title_is_optional()
    {
        var document = Catalogue.Parse("（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查");

        Catalogue.AssertIds(document);
        Assert.Null(document.Title);
        Assert.Single(document.Procedures);
    }

    // ---- CSDK1004 ----

    [Fact]
    public void CSDK1004_procedure_before_any_grade_heading_is_rejected()
    {
        var document = Catalogue.Parse("目录", "（一）心血管疾病介入诊疗手术分级目录", "  冠状动脉造影术", "一级手术", "人工起搏器功能检查");

        Catalogue.AssertIds(document, "CSDK1004");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1004", CatalogueSeverity.Error, 3, 3);
        Assert.Equal(new[] { "冠状动脉造影术" }, diagnostic.Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 3));
        Assert.Equal(new[] { "人工起搏器功能检查" }, document.Procedures.Select(p => p.Name));
    }

    [Fact]
    public void CSDK1004_a_new_specialty_heading_clears_the_grade()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "一级手术",
            "人工起搏器功能检查",
            "（二）神经血管介入诊疗手术分级目录",
            "脑血管造影术");

        Catalogue.AssertIds(document, "CSDK1004");
        Catalogue.AssertAt(document.Diagnostics[0], "CSDK1004", CatalogueSeverity.Error, 6, 1);
        Assert.Equal("脑血管造影术", document.Diagnostics[0].Arguments[0]);
    }

    // ---- CSDK1005 ----

    [Fact]
    public void CSDK1005_grade_heading_before_any_specialty_is_rejected()
    {
        var document = Catalogue.Parse("目录", "\t一级手术", "（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查");

        Catalogue.AssertIds(document, "CSDK1005");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1005", CatalogueSeverity.Error, 2, 2);
        Assert.Equal(new[] { "一级手术" }, diagnostic.Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 2));
        Assert.Equal(LineKind.GradeHeading, Catalogue.KindOf(document, 4));
    }

    // ---- CSDK1006 ----

    [Theory]
    [InlineData("五级手术")]
    [InlineData("零级手术")]
    [InlineData("十级手术")]
    [InlineData("3级手术")]
    [InlineData("３级手术")]
    [InlineData("三級手術")]
    [InlineData("三级")]
    [InlineData("四级：")]
    [InlineData("手术三级")] // reversed label, as some regional catalogues write it
    [InlineData("手術三級")]
    [InlineData("手术级三")]
    public void CSDK1006_line_shaped_like_a_grade_heading_that_is_not_one_is_rejected(string heading)
    {
        var document = Catalogue.WithHeader("冠状动脉造影术", heading, "左心室造影");

        // The line after an invalid heading has no grade: it is reported, not filed under the previous grade.
        Catalogue.AssertIds(document, "CSDK1006", "CSDK1004");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1006", CatalogueSeverity.Error, 5, 1);
        Assert.Equal(new[] { heading }, diagnostic.Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 5));
        Assert.DoesNotContain(document.Procedures, p => p.Name == heading);
        Assert.DoesNotContain(document.Procedures, p => p.Name == "左心室造影");
    }

    [Theory]
    [InlineData("四级手术", SurgicalGrade.Grade4)]
    [InlineData("四级手术：", SurgicalGrade.Grade4)]
    [InlineData("四级手术:", SurgicalGrade.Grade4)]
    [InlineData("  二级手术    ", SurgicalGrade.Grade2)]
    [InlineData("一级手术\u00A0", SurgicalGrade.Grade1)]
    [InlineData("一级手术\u3000", SurgicalGrade.Grade1)]
    [InlineData("一 级 手 术", SurgicalGrade.Grade1)]
    public void CSDK1006_is_not_reported_for_the_four_headings_written_loosely(string heading, SurgicalGrade grade)
    {
        var document = Catalogue.WithHeader("冠状动脉造影术", heading, "左心室造影");

        Catalogue.AssertIds(document);
        Assert.Equal(LineKind.GradeHeading, Catalogue.KindOf(document, 5));
        Assert.Equal(grade, Catalogue.Procedure(document, "左心室造影").Grade);
    }

    [Theory]
    [InlineData("三级医院会诊术")]
    [InlineData("高级别肿瘤消融术")]
    [InlineData("一级护理下穿刺术")]
    public void CSDK1006_is_not_reported_for_procedures_that_mention_a_level(string name)
    {
        var document = Catalogue.WithHeader(name);

        Catalogue.AssertIds(document);
        Assert.Equal(LineKind.Procedure, Catalogue.KindOf(document, 4));
        Assert.Equal(name, Assert.Single(document.Procedures).Name);
    }

    // ---- CSDK1007 ----

    [Fact]
    public void CSDK1007_specialty_heading_without_a_name_is_rejected()
    {
        var document = Catalogue.Parse("目录", "（一）", "（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查");

        Catalogue.AssertIds(document, "CSDK1007");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1007", CatalogueSeverity.Error, 2, 1);
        Assert.Equal(new[] { "（一）", "编号后缺少专科名称", "the number is not followed by a specialty name" }, diagnostic.Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 2));
        Assert.Single(document.Specialties);
    }

    [Fact]
    public void CSDK1007_repeated_specialty_number_is_rejected_and_names_the_first_line()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "一级手术",
            "人工起搏器功能检查",
            "(一)神经血管介入诊疗手术分级目录");

        Catalogue.AssertIds(document, "CSDK1007");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1007", CatalogueSeverity.Error, 5, 1);
        Assert.Equal(
            new[] { "(一)神经血管介入诊疗手术分级目录", "编号与第 2 行的专科重复", "its number repeats the specialty at line 2" },
            diagnostic.Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 5));
        Assert.Equal(new[] { "心血管疾病" }, document.Specialties.Select(s => s.Name));
    }

    [Fact]
    public void CSDK1007_repeated_specialty_name_is_rejected_and_names_the_first_line()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "一级手术",
            "人工起搏器功能检查",
            "（二）心血管疾病目录");

        Catalogue.AssertIds(document, "CSDK1007");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1007", CatalogueSeverity.Error, 5, 1);
        Assert.Equal(
            new[] { "（二）心血管疾病目录", "名称与第 2 行的专科重复", "its name repeats the specialty at line 2" },
            diagnostic.Arguments.AsArray());
        Assert.Contains("its name repeats the specialty at line 2", diagnostic.Message, System.StringComparison.Ordinal);
    }

    // ---- CSDK1008 ----

    [Fact]
    public void CSDK1008_skipped_specialty_number_is_a_warning_and_the_heading_is_kept()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "一级手术",
            "人工起搏器功能检查",
            "（三）外周血管介入诊疗手术分级目录",
            "一级手术",
            "主动脉造影术");

        Catalogue.AssertIds(document, "CSDK1008");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1008", CatalogueSeverity.Warning, 5, 1);
        Assert.Equal(new[] { "三", "二" }, diagnostic.Arguments.AsArray());
        Assert.StartsWith("专科标题编号为（三），但按顺序应为（二）", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Equal(LineKind.SpecialtyHeading, Catalogue.KindOf(document, 5));
        Assert.Equal(new[] { 1, 3 }, document.Specialties.Select(s => s.Order));
        Assert.Equal(new[] { 3 }, Catalogue.Procedure(document, "主动脉造影术").Specialties.AsArray());
    }

    [Fact]
    public void CSDK1008_first_heading_must_be_number_one()
    {
        var document = Catalogue.Parse("目录", "（十二）外周血管介入诊疗手术分级目录", "一级手术", "主动脉造影术");

        Catalogue.AssertIds(document, "CSDK1008");
        Assert.Equal(new[] { "十二", "一" }, document.Diagnostics[0].Arguments.AsArray());
        Assert.Equal(12, Assert.Single(document.Specialties).Order);
    }

    [Fact]
    public void CSDK1008_is_not_reported_for_consecutive_headings_in_any_bracket_style()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "一级手术",
            "人工起搏器功能检查",
            "(二)神经血管介入诊疗手术分级目录",
            "一级手术",
            "脑血管造影术",
            "［ 三 ］外周血管介入诊疗手术分级目录",
            "一级手术",
            "主动脉造影术");

        Catalogue.AssertIds(document);
        Assert.Equal(new[] { 1, 2, 3 }, document.Specialties.Select(s => s.Order));
        Assert.Equal(new[] { "心血管疾病", "神经血管", "外周血管" }, document.Specialties.Select(s => s.Name));
    }

    // ---- CSDK1014 ----

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("# 只有注释")]
    [InlineData("介入诊疗手术分级目录")]
    [InlineData("介入诊疗手术分级目录\n（一）心血管疾病介入诊疗手术分级目录")]
    [InlineData("介入诊疗手术分级目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n")]
    public void CSDK1014_catalogue_without_procedures_is_an_error_at_the_start(string text)
    {
        var document = CatalogueParser.Parse(Catalogue.Path, text, null);

        var diagnostic = Catalogue.Single(document, "CSDK1014");
        Catalogue.AssertAt(diagnostic, "CSDK1014", CatalogueSeverity.Error, 1, 1);
        Assert.Empty(diagnostic.Arguments);
        Assert.Empty(document.Procedures);
        Assert.True(document.HasErrors);
    }

    [Fact]
    public void CSDK1014_catalogue_whose_only_procedure_was_rejected_is_empty()
    {
        var document = Catalogue.WithHeader("颌下、纵隔等）");

        Catalogue.AssertIds(document, "CSDK1014", "CSDK1012");
        Assert.Empty(document.Procedures);
    }

    [Fact]
    public void CSDK1014_is_not_reported_for_one_procedure()
    {
        var document = CatalogueParser.Parse(Catalogue.Path, Valid, null);

        Catalogue.AssertIds(document);
        Assert.False(document.HasErrors);
        Assert.Single(document.Procedures);
    }
}
