using System;
using System.Linq;
using CatalogSdk.Interventional;
using CatalogSdk.Suggestions;

namespace CatalogSdk.Tests.Suggestions;

/// <summary>Suggestions over the shipped national interventional catalogue, through its generated types.</summary>
public class ProcedureSuggesterTests
{
    private static readonly ProcedureSuggester<Procedure, Specialty> s_suggester = ProcedureSuggester.Create(Catalogue.Entries);

    // Realistic inputs and the procedure a user means by each.
    [Theory]
    [InlineData("冠状动脉造影术", "冠状动脉造影术", SuggestionReasons.FullName)]
    [InlineData("冠脉造影", "冠状动脉造影术", SuggestionReasons.Colloquial)]
    [InlineData("冠脉造影术", "冠状动脉造影术", SuggestionReasons.Colloquial)]
    [InlineData("冠状动脉造影", "冠状动脉造影术", SuggestionReasons.SuffixIgnored)]
    [InlineData("冠狀動脈造影術", "冠状动脉造影术", SuggestionReasons.Traditional)]
    [InlineData("冠 状 动 脉 造 影 术", "冠状动脉造影术", SuggestionReasons.FullName)]
    [InlineData("ptca", "经皮冠状动脉腔内血管成形术[PTCA]", SuggestionReasons.Abbreviation)]
    [InlineData("ＰＴＣＡ", "经皮冠状动脉腔内血管成形术[PTCA]", SuggestionReasons.Abbreviation)]
    [InlineData("经皮冠状动脉腔内血管成形术", "经皮冠状动脉腔内血管成形术[PTCA]", SuggestionReasons.QualifierIgnored)]
    [InlineData("择期冠状动脉腔内支架植入术", "择期冠状动脉腔内支架植入术（A型病变）", SuggestionReasons.QualifierIgnored)]
    [InlineData("择期冠状动脉腔内支架置入（A型病变）", "择期冠状动脉腔内支架植入术（A型病变）", SuggestionReasons.Synonym)]
    [InlineData("颈动脉血管成形、支架植入术", "颈动脉血管成型、支架植入术", SuggestionReasons.Synonym)]
    [InlineData("永久起搏器植入", "永久起搏器植入术", SuggestionReasons.SuffixIgnored)]
    [InlineData("房颤冷冻消融", "心房颤动冷冻消融术", SuggestionReasons.Colloquial)]
    [InlineData("tips", "经颈静脉肝内门体分流术（TIPS）", SuggestionReasons.Abbreviation)]
    [InlineData("经颈静脉肝内门体分流术(tips)", "经颈静脉肝内门体分流术（TIPS）", SuggestionReasons.FullName)]
    [InlineData("暂时性经静脉起搏器系统的植入", "暂时性经静脉起搏器系统的置入", SuggestionReasons.Synonym)]
    [InlineData("经皮肝穿胆道造影", "经皮肝穿胆道造影术", SuggestionReasons.SuffixIgnored)]
    [InlineData("冠状动脉造隐术", "冠状动脉造影术", SuggestionReasons.Similar)]
    public void The_first_suggestion_is_the_procedure_meant(string text, string expectedName, SuggestionReasons expectedReason)
    {
        var result = s_suggester.Suggest(text);

        Assert.NotEmpty(result);
        Assert.Equal(expectedName, result[0].Name);
        Assert.True((result[0].Reasons & expectedReason) == expectedReason, text + ": " + result[0].Reasons);
        Assert.InRange(result[0].Score, SuggestionIndex.MinimumScore, 1.0);
        Assert.Equal(Catalogue.Find(expectedName)!.Grade, result[0].Grade);
    }

    [Fact]
    public void An_exact_name_scores_one_and_outranks_names_that_contain_it()
    {
        var result = s_suggester.Suggest("冠状动脉造影术");

        Assert.Equal(1.0, result[0].Score);
        Assert.Contains(result, s => s.Name == "多根导管冠状动脉造影");
        Assert.All(result.Skip(1), s => Assert.True(s.Score < 1.0));
        Assert.False(result.GradeDependsOnQualifier);
    }

    [Fact]
    public void Scores_are_in_descending_order()
    {
        var result = s_suggester.Suggest("支架植入", max: 50);

        Assert.True(result.Count > 5);
        for (var i = 1; i < result.Count; i++)
        {
            Assert.True(result[i - 1].Score >= result[i].Score);
        }
    }

    [Theory]
    [InlineData("经皮椎体成形术")]
    [InlineData("椎体成形")]
    [InlineData("经皮椎体成形/椎体后凸成形术")]
    [InlineData("pvp")]
    [InlineData("經皮椎體成形術")]
    public void Vertebroplasty_without_its_region_returns_both_grades_and_says_the_grade_depends_on_it(string text)
    {
        var result = s_suggester.Suggest(text, max: 1);

        Assert.True(result.GradeDependsOnQualifier, text);
        Assert.Equal(new[] { SurgicalGrade.Grade3, SurgicalGrade.Grade4 }, result.QualifierGrades);
        var names = result.Where(s => s.IsQualifierVariant).Select(s => s.Name).ToList();
        Assert.Contains("经皮椎体成形/椎体后凸成形术(除外上段胸椎和颈椎)", names);
        Assert.Contains("上段胸椎和颈椎经皮椎体成形/椎体后凸成形术", names);
    }

    [Fact]
    public void Disc_procedures_that_differ_by_spinal_level_flag_both_grades()
    {
        var result = s_suggester.Suggest("椎间盘切吸/激光气化/臭氧注射术");

        Assert.True(result.GradeDependsOnQualifier);
        Assert.Equal(new[] { SurgicalGrade.Grade2, SurgicalGrade.Grade4 }, result.QualifierGrades);
        Assert.Equal(
            new[] { "经皮腰椎间盘切吸/激光气化/臭氧注射术", "经皮颈椎间盘切吸/激光气化/臭氧注射术" },
            result.Where(s => s.IsQualifierVariant).Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Biopsy_without_the_site_flags_the_general_and_special_site_grades()
    {
        var result = s_suggester.Suggest("经皮穿刺活检术");

        Assert.True(result.GradeDependsOnQualifier);
        Assert.Contains(SurgicalGrade.Grade1, result.QualifierGrades);
        Assert.Contains(SurgicalGrade.Grade3, result.QualifierGrades);
    }

    [Theory]
    [InlineData("起搏器")] // 永久起搏器置换术 (三级) and 永久起搏器植入术 (四级) are different operations, not qualifier variants
    [InlineData("冠状动脉造影")] // 冠状动脉造影术 and 多根导管冠状动脉造影 share one grade
    [InlineData("支架植入")]
    [InlineData("胆道支架植入术")]
    public void Different_operations_or_one_grade_are_not_flagged(string text)
    {
        var result = s_suggester.Suggest(text);

        Assert.NotEmpty(result);
        Assert.False(result.GradeDependsOnQualifier, text);
        Assert.DoesNotContain(result, s => s.IsQualifierVariant);
    }

    [Fact]
    public void Naming_the_region_picks_one_vertebroplasty_without_ambiguity()
    {
        var result = s_suggester.Suggest("上段胸椎和颈椎经皮椎体成形/椎体后凸成形术");

        Assert.False(result.GradeDependsOnQualifier);
        Assert.Empty(result.QualifierGrades);
        Assert.Equal(SurgicalGrade.Grade4, result[0].Grade);
    }

    [Fact]
    public void Max_limits_the_list()
    {
        Assert.Equal(3, s_suggester.Suggest("造影", max: 3).Count);
        Assert.Empty(s_suggester.Suggest("造影", max: 0));
    }

    [Theory]
    [InlineData("阑尾切除术")]
    [InlineData("xyz")]
    [InlineData("!!!")]
    public void Text_that_names_no_procedure_gives_nothing(string text)
    {
        var result = s_suggester.Suggest(text);

        Assert.Empty(result);
        Assert.False(result.GradeDependsOnQualifier);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\t\u200B")]
    [InlineData("术")]
    [InlineData("（）")]
    public void Null_empty_and_degenerate_text_never_throws(string? text)
    {
        var result = s_suggester.Suggest(text);

        Assert.NotNull(result);
        Assert.All(result, s => Assert.InRange(s.Score, 0.0, 1.0));
    }

    [Fact]
    public void Huge_text_gives_nothing_and_does_not_throw()
    {
        Assert.Empty(s_suggester.Suggest(new string('冠', 1_000_000)));
        Assert.Empty(s_suggester.Suggest(string.Concat(Enumerable.Repeat("冠状动脉造影术", 100))));
        Assert.NotEmpty(s_suggester.Suggest(new string(' ', 100_000) + "冠状动脉造影术"));
    }

    [Fact]
    public void Catch_all_rules_are_never_suggested()
    {
        var result = s_suggester.Suggest("其他准予临床应用的新技术");

        Assert.DoesNotContain(result, s => s.Info.IsCatchAll);
    }

    [Fact]
    public void Explanation_is_Chinese_then_English()
    {
        var suggestion = s_suggester.Suggest("冠脉造影")[0];

        Assert.Equal("名称一致、忽略末尾的「术」、口语简称 (same name, trailing 术 ignored, colloquial form)", suggestion.Explanation);
    }

    [Fact]
    public void A_hospital_table_adds_its_own_colloquial_forms()
    {
        Assert.DoesNotContain(s_suggester.Suggest("多导造影"), s => s.Name == "多根导管冠状动脉造影");
        var hospital = ProcedureSuggester.Create(Catalogue.Entries, "# 本院简称\n多根导管冠状动脉造影 = 多导造影\n", "hospital.txt");

        var result = hospital.Suggest("多导造影");

        Assert.Equal("多根导管冠状动脉造影", result[0].Name);
        Assert.True((result[0].Reasons & SuggestionReasons.Colloquial) != 0);
    }

    [Fact]
    public void A_bad_hospital_line_is_an_error_with_its_line_number()
    {
        var ex = Assert.Throws<SynonymTableException>(() =>
            ProcedureSuggester.Create(Catalogue.Entries, "多根导管冠状动脉造影 = 多导造影\n冠脉造影\n", "hospital.txt"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("hospital.txt", error.Source);
        Assert.Equal(2, error.Line);
        Assert.Contains("hospital.txt(2,1): error:", ex.Message);
    }

    [Fact]
    public void The_suggester_built_from_the_entries_holds_no_copy_of_the_names_per_query()
    {
        // The same instance answers many queries with consistent results (the index is built once).
        var first = s_suggester.Suggest("冠脉造影").Select(s => s.Procedure).ToArray();
        var second = s_suggester.Suggest("冠脉造影").Select(s => s.Procedure).ToArray();

        Assert.Equal(first, second);
    }
}
