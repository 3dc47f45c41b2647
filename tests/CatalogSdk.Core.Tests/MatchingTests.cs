using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>Which lines are one procedure: identity is the folded name.</summary>
public class MatchingTests
{
    [Theory]
    [InlineData("冠状动脉血管内超声（IVUS）")]
    [InlineData("冠状动脉血管内超声(ＩＶＵＳ)")]
    [InlineData("冠状动脉血管内超声[ivus]")]
    [InlineData("冠状动脉血管内超声【Ivus】")]
    [InlineData("冠状动脉血管内超声 (IVUS)")]
    [InlineData("冠状动脉血管内超声\u3000（IVUS）")]
    [InlineData("冠状动脉\u00A0血管内超声(IVUS)")]
    [InlineData("  冠状动脉血管内超声(IVUS)\t")]
    public void Spelling_variant_of_a_name_is_a_repeat_not_a_second_procedure(string variant)
    {
        var document = Catalogue.WithHeader("冠状动脉血管内超声(IVUS)", variant);

        Catalogue.AssertIds(document, "CSDK1009");
        Assert.Equal(5, document.Diagnostics[0].Line);
        Assert.Equal(LineKind.Repeat, Catalogue.KindOf(document, 5));
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal("冠状动脉血管内超声(IVUS)", procedure.Name); // the first spelling is kept
        Assert.Equal("冠状动脉血管内超声(IVUS)", procedure.Key);
        Assert.Equal(new[] { 4, 5 }, procedure.Lines.AsArray());
        Assert.Equal("IVUS", procedure.Abbreviation);
    }

    [Fact]
    public void Every_variant_at_once_is_still_one_procedure()
    {
        var document = Catalogue.WithHeader(
            "闭合性纵隔[经皮][针吸]活组织检查",
            "闭合性纵隔（经皮）（针吸）活组织检查",
            "闭合性纵隔〔经皮〕〖针吸〗活组织检查",
            "闭合性纵隔 [经皮] [针吸] 活组织检查");

        Assert.Equal(new[] { "CSDK1009", "CSDK1009", "CSDK1009" }, document.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { "4", "4", "4" }, document.Diagnostics.Select(d => d.Arguments[1]));
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal(new[] { 4, 5, 6, 7 }, procedure.Lines.AsArray());
    }

    [Fact]
    public void Same_name_in_two_specialties_with_the_same_grade_is_one_procedure_with_two_specialties()
    {
        var document = Catalogue.Parse(
            "介入诊疗手术分级目录",
            "（一）外周血管介入诊疗手术分级目录",
            "四级手术",
            "经颈静脉肝内门体分流术（TIPS）",
            "（二）综合介入诊疗手术分级目录",
            "四级手术",
            "经颈静脉肝内门体分流术(TIPS)");

        Catalogue.AssertIds(document);
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal("经颈静脉肝内门体分流术（TIPS）", procedure.Name);
        Assert.Equal(new[] { 1, 2 }, procedure.Specialties.AsArray());
        Assert.Equal(new[] { 4, 7 }, procedure.Lines.AsArray());
        Assert.Equal(SurgicalGrade.Grade4, procedure.Grade);
        Assert.Equal(4, procedure.Line);
        Assert.Equal(LineKind.Procedure, Catalogue.KindOf(document, 7));
    }

    [Fact]
    public void Same_name_in_two_specialties_with_different_grades_is_a_conflict()
    {
        var document = Catalogue.Parse(
            "介入诊疗手术分级目录",
            "（一）外周血管介入诊疗手术分级目录",
            "四级手术",
            "经颈静脉肝内门体分流术（TIPS）",
            "（二）综合介入诊疗手术分级目录",
            "三级手术",
            "经颈静脉肝内门体分流术（TIPS）");

        Catalogue.AssertIds(document, "CSDK1010");
        Assert.Equal(CatalogueSeverity.Error, document.Diagnostics[0].Severity);
        Assert.Equal(7, document.Diagnostics[0].Line);
        Assert.True(document.HasErrors);
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal(new[] { 1 }, procedure.Specialties.AsArray());
        Assert.Equal(SurgicalGrade.Grade4, procedure.Grade);
    }

    [Theory]
    [InlineData("择期冠状动脉腔内支架植入术（A型病变）", "择期冠状动脉腔内支架植入术（B型病变）")]
    [InlineData("冠状动脉造影术", "冠状动脉造影")]
    [InlineData("脑/脊髓动静脉瘘介入栓塞术", "脑、脊髓动静脉瘘介入栓塞术")]
    [InlineData("布-加综合征血管成形术", "布—加综合征血管成形术")]
    public void Different_names_are_different_procedures(string first, string second)
    {
        var document = Catalogue.WithHeader(first, "四级手术", second);

        Assert.DoesNotContain(document.Diagnostics, d => d.Severity != CatalogueSeverity.Info && d.Id != "CSDK1019");
        Assert.Equal(new[] { first, second }, document.Procedures.Select(p => p.Name));
        Assert.Equal(new[] { SurgicalGrade.Grade3, SurgicalGrade.Grade4 }, document.Procedures.Select(p => p.Grade));
    }

    [Fact]
    public void Ids_are_the_order_of_first_appearance()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "一级手术",
            "甲造影术",
            "二级手术",
            "乙造影术",
            "（二）神经血管介入诊疗手术分级目录",
            "一级手术",
            "甲造影术",
            "丙造影术");

        Assert.Equal(new[] { (1, "甲造影术"), (2, "乙造影术"), (3, "丙造影术") }, document.Procedures.Select(p => (p.Id, p.Name)));
        Assert.Equal(new[] { SurgicalGrade.Grade1, SurgicalGrade.Grade2, SurgicalGrade.Grade1 }, document.Procedures.Select(p => p.Grade));
    }
}
