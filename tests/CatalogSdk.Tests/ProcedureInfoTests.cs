using System;
using CatalogSdk;

namespace CatalogSdk.Tests;

public class ProcedureInfoTests
{
    private static ProcedureInfo<TestProcedure, TestSpecialty> Tips() => new(
        TestProcedure.Tips,
        115,
        "经颈静脉肝内门体分流术（TIPS）",
        SurgicalGrade.Grade4,
        new[] { TestSpecialty.Peripheral, TestSpecialty.Comprehensive },
        "TIPS",
        null,
        isCatchAll: false);

    [Fact]
    public void Properties_return_what_the_constructor_was_given()
    {
        var info = Tips();

        Assert.Equal(TestProcedure.Tips, info.Procedure);
        Assert.Equal(115, info.Id);
        Assert.Equal("经颈静脉肝内门体分流术（TIPS）", info.Name);
        Assert.Equal(SurgicalGrade.Grade4, info.Grade);
        Assert.Equal("四级手术", info.GradeLabel);
        Assert.Equal(new[] { TestSpecialty.Peripheral, TestSpecialty.Comprehensive }, info.Specialties.ToArray());
        Assert.Equal(TestSpecialty.Peripheral, info.PrimarySpecialty);
        Assert.Equal("TIPS", info.Abbreviation);
        Assert.Null(info.Code);
        Assert.False(info.IsCatchAll);
        Assert.Equal("经颈静脉肝内门体分流术（TIPS）", info.ToString());
    }

    [Fact]
    public void HasSpecialty_is_true_exactly_for_the_listed_specialties()
    {
        var info = Tips();

        Assert.True(info.HasSpecialty(TestSpecialty.Peripheral));
        Assert.True(info.HasSpecialty(TestSpecialty.Comprehensive));
        Assert.False(info.HasSpecialty(TestSpecialty.Cardiovascular));
        Assert.False(info.HasSpecialty(TestSpecialty.Neurovascular));
        Assert.False(info.HasSpecialty(default));
    }

    [Fact]
    public void Code_and_catch_all_flag_are_kept()
    {
        var info = new ProcedureInfo<TestProcedure, TestSpecialty>(
            TestProcedure.NewTechnique, 119, "其他准予临床应用的新技术", SurgicalGrade.Grade4,
            new[] { TestSpecialty.Comprehensive }, null, "99.99", isCatchAll: true);

        Assert.True(info.IsCatchAll);
        Assert.Equal("99.99", info.Code);
        Assert.Null(info.Abbreviation);
    }

    [Fact]
    public void English_name_is_kept_and_is_null_from_the_constructors_without_it()
    {
        var named = new ProcedureInfo<TestProcedure, TestSpecialty>(
            TestProcedure.CoronaryAngiography, 8, "冠状动脉造影术", SurgicalGrade.Grade3,
            new[] { TestSpecialty.Cardiovascular }, null, null, false, null, null, "Coronary angiography");
        var unnamed = new ProcedureInfo<TestProcedure, TestSpecialty>(
            TestProcedure.CoronaryAngiography, 8, "冠状动脉造影术", SurgicalGrade.Grade3,
            new[] { TestSpecialty.Cardiovascular }, null, null, false);
        var retired = new ProcedureInfo<TestProcedure, TestSpecialty>(
            TestProcedure.Ptca, 2, "经皮冠状动脉腔内血管成形术[PTCA]", SurgicalGrade.Grade3,
            new[] { TestSpecialty.Cardiovascular }, "PTCA", null, false, "2025", TestProcedure.CoronaryAngiography, "PTCA");

        Assert.Equal("Coronary angiography", named.EnglishName);
        Assert.Equal("冠状动脉造影术", named.Name);
        Assert.False(named.IsRetired);
        Assert.Null(unnamed.EnglishName);
        Assert.Equal(("PTCA", "2025", (TestProcedure?)TestProcedure.CoronaryAngiography), (retired.EnglishName, retired.RetiredIn, retired.Successor));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-3)]
    public void Constructor_rejects_a_value_that_is_not_a_grade(int grade)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ProcedureInfo<TestProcedure, TestSpecialty>(
            TestProcedure.Ptca, 1, "经皮冠状动脉腔内血管成形术[PTCA]", (SurgicalGrade)grade,
            new[] { TestSpecialty.Cardiovascular }, "PTCA", null, isCatchAll: false));
        Assert.Equal("grade", ex.ParamName);
        Assert.StartsWith("不是手术级别", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_rejects_no_specialties()
    {
        var empty = Assert.Throws<ArgumentException>(() => new ProcedureInfo<TestProcedure, TestSpecialty>(
            TestProcedure.Ptca, 1, "名称", SurgicalGrade.Grade3, Array.Empty<TestSpecialty>(), null, null, isCatchAll: false));
        Assert.Equal("specialties", empty.ParamName);

        var missing = Assert.Throws<ArgumentException>(() => new ProcedureInfo<TestProcedure, TestSpecialty>(
            TestProcedure.Ptca, 1, "名称", SurgicalGrade.Grade3, null!, null, null, isCatchAll: false));
        Assert.Equal("specialties", missing.ParamName);
    }

    [Fact]
    public void Constructor_rejects_a_null_name()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ProcedureInfo<TestProcedure, TestSpecialty>(
            TestProcedure.Ptca, 1, null!, SurgicalGrade.Grade3, new[] { TestSpecialty.Cardiovascular }, null, null, isCatchAll: false));
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Specialties_cannot_be_changed_through_the_returned_array()
    {
        var info = Tips();
        var copy = info.Specialties.ToArray();
        copy[0] = TestSpecialty.Cardiovascular;

        Assert.Equal(TestSpecialty.Peripheral, info.PrimarySpecialty);
        Assert.False(info.HasSpecialty(TestSpecialty.Cardiovascular));
    }
}

public class SpecialtyInfoTests
{
    [Fact]
    public void Properties_return_what_the_constructor_was_given()
    {
        var info = new SpecialtyInfo<TestSpecialty>(TestSpecialty.Peripheral, 3, "外周血管", "（三）外周血管介入诊疗手术分级目录");

        Assert.Equal(TestSpecialty.Peripheral, info.Specialty);
        Assert.Equal(3, info.Order);
        Assert.Equal("外周血管", info.Name);
        Assert.Equal("（三）外周血管介入诊疗手术分级目录", info.Heading);
        Assert.Equal("外周血管", info.ToString());
    }

    [Fact]
    public void Constructor_rejects_null_name_and_heading()
    {
        var name = Assert.Throws<ArgumentNullException>(() => new SpecialtyInfo<TestSpecialty>(TestSpecialty.Peripheral, 3, null!, "（三）外周血管介入诊疗手术分级目录"));
        Assert.Equal("name", name.ParamName);

        var heading = Assert.Throws<ArgumentNullException>(() => new SpecialtyInfo<TestSpecialty>(TestSpecialty.Peripheral, 3, "外周血管", null!));
        Assert.Equal("heading", heading.ParamName);
    }
}
