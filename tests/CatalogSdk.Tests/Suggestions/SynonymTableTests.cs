using System.Linq;
using CatalogSdk.Suggestions;

namespace CatalogSdk.Tests.Suggestions;

public class SynonymTableTests
{
    [Fact]
    public void The_shipped_table_parses_without_errors()
    {
        var table = SynonymTable.Default;

        Assert.Contains(table.Rules, r => r.Form == "冠脉" && r.Term == "冠状动脉" && r.Kind == SynonymKind.Colloquial);
        Assert.Contains(table.Rules, r => r.Form == "置入" && r.Term == "植入" && r.Kind == SynonymKind.Synonym);
        Assert.Contains(table.Rules, r => r.Form == "成型" && r.Term == "成形");
        Assert.Contains(table.Rules, r => r.Form == "摘除" && r.Term == "切除");
        Assert.All(table.Rules, r => Assert.Equal(SynonymTable.DefaultSourceName, r.Source));
    }

    [Fact]
    public void Forms_are_folded_like_names()
    {
        var table = SynonymTable.Parse("冠狀動脈 ＝ 冠脈 ｜ ｇｍ  # 注释\n", "t.txt", out var errors);

        Assert.Empty(errors);
        Assert.Equal(new[] { ("冠脉", "冠状动脉"), ("GM", "冠状动脉") }, table.Rules.Select(r => (r.Form, r.Term)).ToArray());
        Assert.All(table.Rules, r => Assert.Equal(1, r.Line));
    }

    [Theory]
    [InlineData("冠脉造影", 1, "缺少「=」或「~」")]
    [InlineData(" = 冠脉", 1, "缺少标准写法")]
    [InlineData("冠状动脉 =", 7, "缺少简称")]
    [InlineData("冠状动脉 = 冠动 | ", 13, "缺少简称")]
    [InlineData("冠状动脉 = 冠脉 = 冠", 11, "一行只能有一个")]
    [InlineData("冠状动脉 ~ 冠状动脉", 8, "与标准写法相同")]
    [InlineData("冠状动脉 = 冠脉(左)", 8, "含有括号")]
    [InlineData("植入 = 冠脉", 6, "已在 " + SynonymTable.DefaultSourceName + "(")]
    [InlineData("冠脉 = 冠", 1, "请直接写成「冠状动脉」")]
    [InlineData("心脏 = 冠状动脉", 6, "是 " + SynonymTable.DefaultSourceName + "(")]
    public void A_bad_hospital_line_is_reported_at_its_line_and_column(string line, int column, string expected)
    {
        var ok = SynonymTable.Default.TryExtend("# 本院\n\n" + line + "\n", "hospital.txt", out var table, out var errors);

        Assert.False(ok);
        Assert.Same(SynonymTable.Default, table);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(expected, error.Message);
        Assert.Contains(" ", error.Message.Substring(error.Message.IndexOf('。') + 1)); // the English half follows
    }

    [Fact]
    public void Every_bad_line_is_reported_not_only_the_first()
    {
        var ex = Assert.Throws<SynonymTableException>(() => SynonymTable.Default.Extend("甲\n乙 = 丙\n丁\n", "h.txt"));

        Assert.Equal(new[] { 1, 3 }, ex.Errors.Select(e => e.Line).ToArray());
    }

    [Fact]
    public void A_form_repeated_in_the_same_table_points_at_the_first_line()
    {
        SynonymTable.Parse("甲乙 = 丙\n丁戊 = 丙\n", "h.txt", out var errors);

        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("h.txt(1)", error.Message);
    }

    [Fact]
    public void A_synonym_the_catalogue_does_not_use_is_matched_both_ways()
    {
        var entries = new[]
        {
            new ProcedureInfo<TestProcedure, TestSpecialty>(TestProcedure.Tips, 3, "甲状腺结节摘除术", SurgicalGrade.Grade3, new[] { TestSpecialty.Comprehensive }, null, null, false),
        };
        var suggester = ProcedureSuggester.Create(entries);

        var result = suggester.Suggest("甲状腺结节切除");

        Assert.Equal(TestProcedure.Tips, result[0].Procedure);
        Assert.Equal(SuggestionReasons.FullName | SuggestionReasons.SuffixIgnored | SuggestionReasons.Synonym, result[0].Reasons);
        Assert.DoesNotContain(ProcedureSuggester.Create(entries, SynonymTable.Empty).Suggest("甲状腺结节切除"), s => s.Score > 0.9);
    }

    [Fact]
    public void An_ascii_form_matches_only_as_a_whole_word()
    {
        var table = SynonymTable.Parse("经皮椎体成形 = PVP\n", "t.txt", out _);
        var entries = new[]
        {
            new ProcedureInfo<TestProcedure, TestSpecialty>(TestProcedure.Tips, 3, "经皮椎体成形术", SurgicalGrade.Grade3, new[] { TestSpecialty.Comprehensive }, null, null, false),
            new ProcedureInfo<TestProcedure, TestSpecialty>(TestProcedure.Ptca, 2, "PVPX检查", SurgicalGrade.Grade2, new[] { TestSpecialty.Comprehensive }, null, null, false),
        };
        var suggester = ProcedureSuggester.Create(entries, table);

        Assert.Equal(TestProcedure.Tips, suggester.Suggest("pvp")[0].Procedure);
        Assert.Equal(TestProcedure.Ptca, suggester.Suggest("pvpx检查")[0].Procedure);
    }
}
