using System;
using CatalogSdk;

namespace CatalogSdk.Tests;

public class SurgicalGradesTests
{
    [Theory]
    [InlineData(SurgicalGrade.Grade1, "一级手术")]
    [InlineData(SurgicalGrade.Grade2, "二级手术")]
    [InlineData(SurgicalGrade.Grade3, "三级手术")]
    [InlineData(SurgicalGrade.Grade4, "四级手术")]
    public void Label_is_the_catalogue_heading(SurgicalGrade grade, string label)
    {
        Assert.Equal(label, grade.GetLabel());
        Assert.True(SurgicalGrades.TryParseLabel(label, out var parsed));
        Assert.Equal(grade, parsed);
    }

    [Theory]
    [InlineData(SurgicalGrade.Grade1, "Grade 1")]
    [InlineData(SurgicalGrade.Grade2, "Grade 2")]
    [InlineData(SurgicalGrade.Grade3, "Grade 3")]
    [InlineData(SurgicalGrade.Grade4, "Grade 4")]
    public void English_label_names_the_grade_number(SurgicalGrade grade, string label)
    {
        Assert.Equal(label, grade.GetEnglishLabel());
    }

    [Fact]
    public void Grade_values_are_the_grade_numbers_and_default_is_not_a_grade()
    {
        Assert.Equal(1, (int)SurgicalGrade.Grade1);
        Assert.Equal(2, (int)SurgicalGrade.Grade2);
        Assert.Equal(3, (int)SurgicalGrade.Grade3);
        Assert.Equal(4, (int)SurgicalGrade.Grade4);
        Assert.False(SurgicalGrades.IsDefined(default));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(int.MaxValue)]
    public void Values_outside_one_to_four_are_not_grades_and_have_no_label(int value)
    {
        var grade = (SurgicalGrade)value;
        Assert.False(SurgicalGrades.IsDefined(grade));
        var zh = Assert.Throws<ArgumentOutOfRangeException>(() => grade.GetLabel());
        Assert.Equal("grade", zh.ParamName);
        var en = Assert.Throws<ArgumentOutOfRangeException>(() => grade.GetEnglishLabel());
        Assert.Equal("grade", en.ParamName);
    }

    [Fact]
    public void All_lists_the_four_grades_in_ascending_order()
    {
        Assert.Equal(
            new[] { SurgicalGrade.Grade1, SurgicalGrade.Grade2, SurgicalGrade.Grade3, SurgicalGrade.Grade4 },
            SurgicalGrades.All.ToArray());
        foreach (var grade in SurgicalGrades.All)
        {
            Assert.True(SurgicalGrades.IsDefined(grade));
        }
    }

    [Theory]
    [InlineData(" 三级手术", SurgicalGrade.Grade3)]
    [InlineData("三级手术   ", SurgicalGrade.Grade3)]
    [InlineData("\t四级手术\r\n", SurgicalGrade.Grade4)]
    [InlineData("\u3000二级手术\u3000", SurgicalGrade.Grade2)] // ideographic space
    [InlineData("一级手术\u00A0", SurgicalGrade.Grade1)] // no-break space, as in the official text
    [InlineData("一 级 手 术", SurgicalGrade.Grade1)]
    [InlineData("四级\u200B手术", SurgicalGrade.Grade4)] // zero-width space is ignored by the fold
    [InlineData("\uFEFF一级手术", SurgicalGrade.Grade1)] // byte-order mark
    public void TryParseLabel_tolerates_whitespace_and_invisible_characters(string text, SurgicalGrade expected)
    {
        Assert.True(SurgicalGrades.TryParseLabel(text, out var grade));
        Assert.Equal(expected, grade);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("五级手术")]
    [InlineData("零级手术")]
    [InlineData("1级手术")]
    [InlineData("１级手术")]
    [InlineData("一级")]
    [InlineData("手术")]
    [InlineData("手术一级")]
    [InlineData("三級手術")]
    [InlineData("一级手术：")]
    [InlineData("一级手术一级手术")]
    [InlineData("一级手术（续）")]
    [InlineData("Grade 1")]
    [InlineData("Grade1")]
    [InlineData("1")]
    [InlineData("冠状动脉造影术")]
    public void TryParseLabel_rejects_anything_else_and_never_yields_a_grade(string? text)
    {
        Assert.False(SurgicalGrades.TryParseLabel(text, out var grade));
        Assert.False(SurgicalGrades.IsDefined(grade));
    }
}
