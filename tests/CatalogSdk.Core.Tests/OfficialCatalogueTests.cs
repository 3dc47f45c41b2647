using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>The national interventional catalogue, verbatim (TestData/interventional-official.txt).</summary>
public class OfficialCatalogueTests
{
    private const string FileName = "interventional-official.txt";

    private static readonly CatalogueDocument Document = Catalogue.ParseTestData(FileName);

    [Fact]
    public void Test_data_is_the_official_text()
    {
        var text = Catalogue.ReadTestData(FileName);

        Assert.Equal(383, Catalogue.SplitLines(text).Count);
        Assert.StartsWith(" 介入诊疗手术分级目录\n（一）心血管疾病介入诊疗手术分级目录\n", text, StringComparison.Ordinal);
        Assert.EndsWith("其他准予临床应用的新技术\n ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_are_exactly_the_known_problems_of_the_text()
    {
        var actual = Document.Diagnostics.Select(d => (d.Id, d.Line, d.Column, d.Severity)).ToArray();

        Assert.Equal(
            new[]
            {
                ("CSDK1009", 57, 1, CatalogueSeverity.Warning),
                ("CSDK1022", 264, 1, CatalogueSeverity.Warning),
                ("CSDK1013", 271, 1, CatalogueSeverity.Warning),
                ("CSDK1011", 307, 1, CatalogueSeverity.Error),
                ("CSDK1012", 309, 1, CatalogueSeverity.Error),
                ("CSDK1022", 382, 1, CatalogueSeverity.Warning),
            },
            actual);
        Assert.True(Document.HasErrors);
        Assert.All(Document.Diagnostics, d => Assert.Equal(Catalogue.TestDataPath(FileName), d.FilePath));
    }

    [Fact]
    public void Diagnostic_arguments_name_the_lines_and_text_involved()
    {
        var byLine = Document.Diagnostics.ToDictionary(d => d.Line);

        Assert.Equal(new[] { "冠状动脉血流储备分数检查", "31", "57" }, byLine[57].Arguments.AsArray());
        Assert.Equal(new[] { "其他准予临床应用的新技术" }, byLine[264].Arguments.AsArray());
        Assert.Equal(
            new[] { "一般部位的经皮穿刺活检术（涎腺、乳腺、阴囊、腹壁等）经皮肝穿胆道造影术", "一般部位的经皮穿刺活检术（涎腺、乳腺、阴囊、腹壁等）", "经皮肝穿胆道造影术" },
            byLine[271].Arguments.AsArray());
        Assert.Equal(new[] { "淋巴结构的活组织检查（颈部、锁骨上、腋窝、腹股沟、", "在括号内结束", "ends inside an open bracket" }, byLine[307].Arguments.AsArray());
        Assert.Equal(new[] { "颌下、纵隔等）" }, byLine[309].Arguments.AsArray());
        Assert.Equal(new[] { "其他准予临床应用的新技术" }, byLine[382].Arguments.AsArray());
    }

    [Fact]
    public void Title_is_the_first_line_without_its_leading_space()
    {
        Assert.Equal("介入诊疗手术分级目录", Document.Title);
        Assert.Equal(LineKind.Title, Catalogue.KindOf(Document, 1));
    }

    [Fact]
    public void Four_specialties_with_their_short_names()
    {
        Assert.Equal(
            new[]
            {
                (1, "心血管疾病", "（一）心血管疾病介入诊疗手术分级目录", 2),
                (2, "神经血管", "（二）神经血管介入诊疗手术分级目录", 95),
                (3, "外周血管", "（三）外周血管介入诊疗手术分级目录", 156),
                (4, "综合介入", "（四）综合介入诊疗手术分级目录", 266),
            },
            Document.Specialties.Select(s => (s.Order, s.Name, s.Heading, s.Line)));
        Assert.Equal(new[] { "心血管疾病", "神经血管", "外周血管", "综合介入" }, Document.Specialties.Select(s => s.Identifier));
    }

    [Fact]
    public void One_hundred_seventy_distinct_procedures_numbered_in_order()
    {
        Assert.Equal(170, Document.Procedures.Count);
        Assert.Equal(Enumerable.Range(1, 170), Document.Procedures.Select(p => p.Id));
        Assert.Equal(170, Document.Procedures.Select(p => p.Key).Distinct().Count());
        Assert.Equal(170, Document.Procedures.Select(p => p.Identifier).Distinct().Count());
        Assert.Equal("人工起搏器功能检查", Document.Procedures[0].Name);
        Assert.Equal("肿瘤相关的血管支架植入术", Document.Procedures[169].Name);
    }

    [Fact]
    public void Procedures_per_specialty()
    {
        int CountIn(int order) => Document.Procedures.Count(p => p.Specialties.Contains(order));

        Assert.Equal(43, CountIn(1));
        Assert.Equal(26, CountIn(2));
        Assert.Equal(50, CountIn(3));
        Assert.Equal(53, CountIn(4));
    }

    [Fact]
    public void Tips_is_one_procedure_in_peripheral_and_comprehensive()
    {
        var tips = Assert.Single(Document.Procedures, p => p.Name == "经颈静脉肝内门体分流术（TIPS）");

        Assert.Equal(new[] { 3, 4 }, tips.Specialties.AsArray());
        Assert.Equal(new[] { 256, 364 }, tips.Lines.AsArray());
        Assert.Equal(SurgicalGrade.Grade4, tips.Grade);
        Assert.Equal("TIPS", tips.Abbreviation);
        Assert.Equal(LineKind.Procedure, Catalogue.KindOf(Document, 364));
    }

    [Fact]
    public void Unmarked_catch_all_rows_are_one_row_in_two_specialties_but_not_flagged()
    {
        var row = Assert.Single(Document.Procedures, p => p.Name == "其他准予临床应用的新技术");

        Assert.Equal(new[] { 3, 4 }, row.Specialties.AsArray());
        Assert.Equal(new[] { 264, 382 }, row.Lines.AsArray());
        Assert.False(row.IsCatchAll);
        Assert.DoesNotContain(Document.Procedures, p => p.IsCatchAll);
    }

    [Fact]
    public void Abbreviations_are_exactly_those_in_ascii_brackets()
    {
        var abbreviations = Document.Procedures.Where(p => p.Abbreviation is not null).ToDictionary(p => p.Abbreviation!, p => p.Name);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["PTCA"] = "经皮冠状动脉腔内血管成形术[PTCA]",
                ["IVUS"] = "冠状动脉血管内超声(IVUS)",
                ["OCT"] = "经光学相干断层扫描的冠状血管血管内影像[OCT]",
                ["CRT-D"] = "心脏再同步除颤器置入，全系统[CRT-D]",
                ["TIPS"] = "经颈静脉肝内门体分流术（TIPS）",
            },
            abbreviations);
        Assert.Null(Catalogue.Procedure(Document, "择期冠状动脉腔内支架植入术（A型病变）").Abbreviation);
        Assert.Null(Catalogue.Procedure(Document, "主动脉球囊反搏装置去除[IABP装置去除]").Abbreviation);
        Assert.Null(Catalogue.Procedure(Document, "冠脉瞬时无波形比值检查[iFR检查]").Abbreviation);
    }

    [Theory]
    [InlineData(97, "脑血管造影术", SurgicalGrade.Grade1)]
    [InlineData(103, "鼻出血介入栓塞术", SurgicalGrade.Grade2)]
    [InlineData(109, "脊髓血管造影术", SurgicalGrade.Grade3)]
    [InlineData(135, "复杂动脉狭窄支架成形术", SurgicalGrade.Grade4)]
    public void Headings_with_trailing_spaces_or_nbsp_are_grade_headings(int headingLine, string firstProcedure, SurgicalGrade grade)
    {
        var raw = Catalogue.SplitLines(Catalogue.ReadTestData(FileName))[headingLine - 1];
        Assert.NotEqual(raw.TrimEnd(), raw); // the line really has trailing whitespace

        Assert.Equal(LineKind.GradeHeading, Catalogue.KindOf(Document, headingLine));
        var procedure = Catalogue.Procedure(Document, firstProcedure);
        Assert.Equal(grade, procedure.Grade);
        Assert.Equal(headingLine + 2, procedure.Line);
    }

    [Fact]
    public void Procedure_names_lose_trailing_spaces_and_keep_their_position()
    {
        var procedure = Catalogue.Procedure(Document, "特殊部位经皮穿刺活检术（纵膈/胰腺等）"); // line 346 ends with a space
        var text = Catalogue.ReadTestData(FileName);

        Assert.Equal(346, procedure.Line);
        Assert.Equal(1, procedure.Span.Column);
        Assert.Equal(procedure.Name, text.Substring(procedure.Span.Offset, procedure.Span.Length));
        Assert.All(Document.Procedures, p => Assert.Equal(p.Name, text.Substring(p.Span.Offset, p.Span.Length)));
    }

    [Fact]
    public void Line_kinds_add_up()
    {
        var kinds = Document.Lines.GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(383, Document.Lines.Count);
        Assert.Equal(1, kinds[LineKind.Title]);
        Assert.Equal(4, kinds[LineKind.SpecialtyHeading]);
        Assert.Equal(16, kinds[LineKind.GradeHeading]);
        Assert.Equal(172, kinds[LineKind.Procedure]);
        Assert.Equal(1, kinds[LineKind.Repeat]);
        Assert.Equal(2, kinds[LineKind.Rejected]);
        Assert.Equal(187, kinds[LineKind.Blank]);
        Assert.False(kinds.ContainsKey(LineKind.Comment));
        Assert.Equal(LineKind.Repeat, Catalogue.KindOf(Document, 57));
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(Document, 307));
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(Document, 309));
        Assert.Equal(LineKind.Blank, Catalogue.KindOf(Document, 383)); // a lone space, no final line break
    }
}
