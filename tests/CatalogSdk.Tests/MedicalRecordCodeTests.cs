using System;
using CatalogSdk;

namespace CatalogSdk.Tests;

public class MedicalRecordCodeTests
{
    [Theory]
    [InlineData(SurgicalGrade.Grade1, "1")]
    [InlineData(SurgicalGrade.Grade2, "2")]
    [InlineData(SurgicalGrade.Grade3, "3")]
    [InlineData(SurgicalGrade.Grade4, "4")]
    public void Front_page_code_round_trips(SurgicalGrade grade, string code)
    {
        Assert.Equal(code, grade.ToMedicalRecordCode());
        Assert.True(SurgicalGrades.TryParse(code, out var parsed));
        Assert.Equal(grade, parsed);
        Assert.Equal(grade, SurgicalGrades.Parse(code));
    }

    [Theory]
    [InlineData("３", SurgicalGrade.Grade3)]
    [InlineData(" 2 ", SurgicalGrade.Grade2)]
    [InlineData("三级手术", SurgicalGrade.Grade3)]
    [InlineData("三級手術", SurgicalGrade.Grade3)]
    [InlineData("一級", SurgicalGrade.Grade1)]
    [InlineData("四级", SurgicalGrade.Grade4)]
    [InlineData("二 级 手 术", SurgicalGrade.Grade2)]
    public void Labels_and_traditional_forms_parse(string text, SurgicalGrade expected)
    {
        Assert.True(SurgicalGrades.TryParse(text, out var grade));
        Assert.Equal(expected, grade);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("12")]
    [InlineData("五级手术")]
    [InlineData("三")]
    [InlineData("Grade 3")]
    [InlineData("-1")]
    public void Anything_else_is_not_a_grade_and_never_a_default(string? text)
    {
        Assert.False(SurgicalGrades.TryParse(text, out var grade));
        Assert.Equal(default, grade);
        var error = Assert.Throws<FormatException>(() => SurgicalGrades.Parse(text));
        Assert.Contains("不是手术级别", error.Message);
        Assert.Contains("not a surgical grade", error.Message);
    }

    [Fact]
    public void Code_of_a_value_that_is_not_a_grade_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((SurgicalGrade)0).ToMedicalRecordCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((SurgicalGrade)5).ToMedicalRecordCode());
    }
}
