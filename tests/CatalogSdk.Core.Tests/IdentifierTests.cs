using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>C# identifiers for names (<see cref="Identifiers"/>), and CSDK1019 / CSDK1021.</summary>
public class IdentifierTests
{
    [Theory]
    [InlineData("冠状动脉造影术", "冠状动脉造影术")]
    [InlineData("经皮房间隔、室间隔缺损封堵术", "经皮房间隔_室间隔缺损封堵术")]
    [InlineData("心脏再同步除颤器置入，全系统[CRT-D]", "心脏再同步除颤器置入_全系统_CRT_D")]
    [InlineData("闭合性纵隔[经皮][针吸]活组织检查", "闭合性纵隔_经皮_针吸_活组织检查")]
    [InlineData("经皮穿刺肿瘤物理消融术（射频/微波/激光/冷冻）", "经皮穿刺肿瘤物理消融术_射频_微波_激光_冷冻")]
    [InlineData("（A型病变）择期支架植入术", "A型病变_择期支架植入术")]
    [InlineData("  左心室 · 造影  ", "左心室_造影")]
    [InlineData("经T型管取石术", "经T型管取石术")]
    [InlineData("ＣＴ引导下经皮肺穿刺活检术", "CT引导下经皮肺穿刺活检术")]
    [InlineData("冠脉检查（ｉＦＲ）", "冠脉检查_iFR")]
    [InlineData("脑_脊髓造影", "脑_脊髓造影")]
    [InlineData("𠀀造影术", "造影术")] // a character outside the BMP is a separator
    [InlineData("布-加综合征", "布_加综合征")]
    public void FromName_keeps_letters_and_turns_each_punctuation_run_into_one_underscore(string name, string expected)
    {
        var identifier = Identifiers.FromName(name, out var adjustment);

        Assert.Equal(expected, identifier);
        Assert.Null(adjustment);
        Assert.True(Identifiers.IsValid(identifier), identifier);
    }

    [Theory]
    [InlineData("3D打印导航下穿刺术", "_3D打印导航下穿刺术", "start")]
    [InlineData("３Ｄ打印导航下穿刺术", "_3D打印导航下穿刺术", "start")]
    [InlineData("（1）冠状动脉造影术", "_1_冠状动脉造影术", "start")]
    [InlineData("class", "_class", "keyword")]
    [InlineData("ｎｅｗ", "_new", "keyword")]
    [InlineData("——", "_", "empty")]
    [InlineData("（）", "_", "empty")]
    [InlineData("", "_", "empty")]
    public void FromName_prefixes_an_underscore_when_the_name_cannot_start_an_identifier(string name, string expected, string reason)
    {
        var identifier = Identifiers.FromName(name, out var adjustment);

        Assert.Equal(expected, identifier);
        Assert.Equal(reason, adjustment);
    }

    [Theory]
    [InlineData("甲乙", true)]
    [InlineData("_3D", true)]
    [InlineData("CRT_D", true)]
    [InlineData("3D", false)]
    [InlineData("class", false)]
    [InlineData("value__", false)]
    [InlineData("a-b", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_identifiers_the_generator_can_emit(string text, bool valid)
    {
        Assert.Equal(valid, Identifiers.IsValid(text));
    }

    [Theory]
    [InlineData("CatalogSdk.Interventional", true)]
    [InlineData("医院.目录", true)]
    [InlineData("Catalog", true)]
    [InlineData("Catalog..Sdk", false)]
    [InlineData(".Catalog", false)]
    [InlineData("Catalog.class", false)]
    [InlineData("Catalog.3D", false)]
    [InlineData("", false)]
    public void IsValidNamespace_needs_dot_separated_identifiers(string text, bool valid)
    {
        Assert.Equal(valid, Identifiers.IsValidNamespace(text));
    }

    [Fact]
    public void IsReserved_knows_keywords_and_the_enum_value_field()
    {
        Assert.True(Identifiers.IsReserved("class"));
        Assert.True(Identifiers.IsReserved("value__"));
        Assert.False(Identifiers.IsReserved("Class"));
        Assert.False(Identifiers.IsReserved("冠状动脉造影术"));
    }

    // ---- through the parser ----

    [Fact]
    public void Parser_gives_each_procedure_and_specialty_its_identifier()
    {
        var document = Catalogue.WithHeader("经皮房间隔、室间隔缺损封堵术", "冠状动脉血管内超声(IVUS)");

        Catalogue.AssertIds(document);
        Assert.Equal(new[] { "经皮房间隔_室间隔缺损封堵术", "冠状动脉血管内超声_IVUS" }, document.Procedures.Select(p => p.Identifier));
        Assert.Equal("心血管疾病", Assert.Single(document.Specialties).Identifier);
    }

    [Theory]
    [InlineData("3D打印导航下穿刺术", "_3D打印导航下穿刺术", "标识符不能以数字开头", "an identifier cannot start with a digit")]
    [InlineData("class", "_class", "它是 C# 关键字", "it is a C# keyword")]
    [InlineData("——", "_", "名称中没有可用作标识符的字符", "it has no character an identifier can hold")]
    public void CSDK1021_adjusted_identifier_is_reported_as_information(string name, string identifier, string zh, string en)
    {
        var document = Catalogue.WithHeader("左心室造影", " " + name);

        Catalogue.AssertIds(document, "CSDK1021");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1021", CatalogueSeverity.Info, 5, 2);
        Assert.Equal(new[] { name, zh, identifier, en }, diagnostic.Arguments.AsArray());
        Assert.Contains("生成的标识符为 " + identifier, diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Equal(identifier, Catalogue.Procedure(document, name).Identifier);
        Assert.False(document.HasErrors);
    }

    [Fact]
    public void CSDK1019_colliding_identifiers_get_the_id_suffix_and_name_both_procedures()
    {
        var document = Catalogue.WithHeader("脑/脊髓造影术", "脑、脊髓造影术");

        Catalogue.AssertIds(document, "CSDK1019");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1019", CatalogueSeverity.Warning, 5, 1);
        Assert.Equal(new[] { "脑、脊髓造影术", "4", "脑/脊髓造影术", "脑_脊髓造影术", "脑_脊髓造影术_2" }, diagnostic.Arguments.AsArray());

        // Two procedures (the keys differ), two identifiers.
        Assert.Equal(new[] { "脑_脊髓造影术", "脑_脊髓造影术_2" }, document.Procedures.Select(p => p.Identifier));
        Assert.Equal(new[] { 1, 2 }, document.Procedures.Select(p => p.Id));
    }

    [Fact]
    public void CSDK1019_suffix_is_the_id_of_the_later_procedure()
    {
        var document = Catalogue.WithHeader("冠状动脉造影术", "左心室造影", "心房颤动导管消融术", "左心室、造影", "左心室/造影");

        Catalogue.AssertIds(document, "CSDK1019");
        Assert.Equal(
            new[] { "冠状动脉造影术", "左心室造影", "心房颤动导管消融术", "左心室_造影", "左心室_造影_5" },
            document.Procedures.Select(p => p.Identifier));
    }

    [Fact]
    public void CSDK1019_suffixed_identifier_never_repeats_another_names_identifier()
    {
        // 造影术（3） makes 造影术_3, which is also what 造影术。 (ID 3) would be renamed to after colliding with 造影术.
        var document = Catalogue.WithHeader("造影术（3）", "造影术", "造影术。");

        var diagnostic = Catalogue.Single(document, "CSDK1019");
        Assert.Equal(6, diagnostic.Line);
        var identifiers = document.Procedures.Select(p => p.Identifier).ToArray();
        Assert.Equal(identifiers.Length, identifiers.Distinct().Count());
        Assert.Equal("造影术_3", identifiers[0]);
        Assert.Equal("造影术", identifiers[1]);
        Assert.StartsWith("造影术_3_", identifiers[2], System.StringComparison.Ordinal);
        Assert.Equal(identifiers[2], diagnostic.Arguments[4]);
        Assert.All(identifiers, i => Assert.True(Identifiers.IsValid(i), i));
    }

    [Fact]
    public void CSDK1019_colliding_specialty_identifiers_get_the_order_suffix()
    {
        var document = Catalogue.Parse(
            "目录",
            "（一）甲/乙介入诊疗手术分级目录",
            "一级手术",
            "人工起搏器功能检查",
            "（二）甲、乙介入诊疗手术分级目录",
            "一级手术",
            "脑血管造影术");

        Catalogue.AssertIds(document, "CSDK1019");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1019", CatalogueSeverity.Warning, 5, 1);
        Assert.Equal(new[] { "甲、乙", "2", "甲/乙", "甲_乙", "甲_乙_2" }, diagnostic.Arguments.AsArray());
        Assert.Equal(new[] { "甲_乙", "甲_乙_2" }, document.Specialties.Select(s => s.Identifier));
    }
}
