using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>ASCII identifiers (<see cref="AsciiIdentifiers"/>, <see cref="AsciiNaming"/>) and the pinyin table.</summary>
public class AsciiIdentifierTests
{
    [Theory]
    [InlineData("Coronary angiography", "CoronaryAngiography")]
    [InlineData("Percutaneous transluminal coronary angioplasty", "PercutaneousTransluminalCoronaryAngioplasty")]
    [InlineData("Intra-aortic balloon pump (IABP) insertion", "IntraAorticBalloonPumpIABPInsertion")]
    [InlineData("Crohn's disease", "CrohnsDisease")]
    [InlineData("  stent,  type 2 ", "StentType2")]
    [InlineData("3D-printed guide", "_3DPrintedGuide")]
    [InlineData("Catalogue", "_Catalogue")]
    [InlineData("ToString", "_ToString")]
    public void English_names_give_PascalCase(string english, string expected)
    {
        var identifier = AsciiIdentifiers.FromName("任意名称", english);

        Assert.Equal(expected, identifier);
        Assert.True(AsciiIdentifiers.IsValid(identifier), identifier);
    }

    [Theory]
    [InlineData("冠状动脉造影术", "GuanZhuangDongMaiZaoYingShu")]
    [InlineData("经皮冠状动脉腔内血管成形术[PTCA]", "JingPiGuanZhuangDongMaiQiangNeiXueGuanChengXingShuPTCA")]
    [InlineData("冠状动脉血管内超声(IVUS)", "GuanZhuangDongMaiXueGuanNeiChaoShengIVUS")]
    [InlineData("冠脉瞬时无波形比值检查[iFR检查]", "GuanMaiShunShiWuBoXingBiZhiJianChaIFRJianCha")]
    [InlineData("ＣＴ引导下穿刺", "CTYinDaoXiaChuanCi")]
    [InlineData("经T型管取石术", "JingTXingGuanQuShiShu")]
    [InlineData("绿", "Lv")]
    [InlineData("㐀检查", "U3400JianCha")]      // CJK Extension A: not in the table
    [InlineData("𠀀检查", "U20000JianCha")]     // outside the BMP: one code point, not two halves
    [InlineData("α-检查", "U03B1JianCha")]
    [InlineData("3D打印", "_3DDaYin")]
    [InlineData("（）——", "_")]
    [InlineData("", "_")]
    public void Names_without_English_give_PascalCase_pinyin(string name, string expected)
    {
        var identifier = AsciiIdentifiers.FromName(name, null);

        Assert.Equal(expected, identifier);
        Assert.True(AsciiIdentifiers.IsValid(identifier), identifier);
    }

    [Fact]
    public void A_malformed_English_name_falls_back_to_pinyin()
    {
        Assert.Equal("ZaoYing", AsciiIdentifiers.FromName("造影", "造影"));
        Assert.Equal("ZaoYing", AsciiIdentifiers.FromName("造影", "  "));
    }

    [Fact]
    public void The_pinyin_table_covers_the_whole_CJK_Unified_Ideographs_block_and_every_shipped_name()
    {
        Assert.True(Pinyin.Count > 20000, Pinyin.Count.ToString());
        Assert.Equal("guan", Pinyin.Of('冠'));
        Assert.Equal("zhuang", Pinyin.Of('状'));
        Assert.Null(Pinyin.Of('A'));
        var document = Catalogue.ParseTestData("interventional.txt");
        var missing = document.Procedures.SelectMany(p => p.Name).Where(c => c >= '\u4E00' && c <= '\u9FFF' && Pinyin.Of(c) is null).Distinct().ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void AssignUnique_appends_the_ID_to_later_collisions_in_ID_order_whatever_the_input_order()
    {
        var forward = AsciiIdentifiers.AssignUnique(new[] { (3, "A"), (7, "A"), (9, "A_7") }, out var collided);
        var backward = AsciiIdentifiers.AssignUnique(new[] { (9, "A_7"), (7, "A"), (3, "A") }, out _);

        Assert.Equal(new Dictionary<int, string> { [3] = "A", [7] = "A_7", [9] = "A_7_9" }, forward);
        Assert.Equal(forward, backward);
        Assert.Equal(new Dictionary<int, string> { [7] = "A", [9] = "A_7" }, collided);
    }

    [Fact]
    public void Apply_gives_ASCII_identifiers_keeps_names_and_reports_ASCII_collisions_instead_of_Chinese_ones()
    {
        var document = Catalogue.WithHeader(
            "经皮穿刺术",           // 4: JingPiChuanCiShu
            "经皮穿次术",           // 5: same pinyin → JingPiChuanCiShu_2 (CSDK1019 at line 5)
            "穿刺术（A型）",        // 6: Chinese identifier 穿刺术_A型
            "穿刺术·A型",          // 7: same Chinese identifier (Chinese CSDK1019, dropped); ASCII ChuanCiShuAXing_4
            "造影 @en class");      // 8: Class
        Assert.Contains(document.Diagnostics, d => d.Id == "CSDK1019" && d.Line == 7);

        var (ascii, _) = AsciiNaming.Apply(document, EquatableArray<RetiredProcedure>.Empty);

        Assert.Equal(
            new[] { "JingPiChuanCiShu", "JingPiChuanCiShu_2", "ChuanCiShuAXing", "ChuanCiShuAXing_4", "Class" },
            ascii.Procedures.Select(p => p.Identifier).ToArray());
        Assert.Equal(document.Procedures.Select(p => p.Name), ascii.Procedures.Select(p => p.Name));
        Assert.Equal("XinXueGuanJiBing", Assert.Single(ascii.Specialties).Identifier);
        Assert.Equal(new[] { 5, 7 }, ascii.Diagnostics.Where(d => d.Id == "CSDK1019").Select(d => d.Line).ToArray());
        var collision = ascii.Diagnostics.First(d => d.Id == "CSDK1019");
        Assert.Equal(new[] { "经皮穿次术", "4", "经皮穿刺术", "JingPiChuanCiShu", "JingPiChuanCiShu_2" }, collision.Arguments.AsArray());
        Assert.All(ascii.Procedures, p => Assert.True(AsciiIdentifiers.IsValid(p.Identifier), p.Identifier));
    }

    [Fact]
    public void Apply_is_deterministic_and_unique_over_the_shipped_catalogue_with_pinyin_only()
    {
        var document = Catalogue.ParseTestData("interventional.txt");

        var first = AsciiNaming.Apply(document, EquatableArray<RetiredProcedure>.Empty).Document;
        var second = AsciiNaming.Apply(Catalogue.ParseTestData("interventional.txt"), EquatableArray<RetiredProcedure>.Empty).Document;

        Assert.Equal(first, second);
        var identifiers = first.Procedures.Select(p => p.Identifier).Concat(first.Specialties.Select(s => s.Identifier)).ToList();
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
        Assert.All(identifiers, i => Assert.True(AsciiIdentifiers.IsValid(i), i));
        Assert.Contains("GuanZhuangDongMaiZaoYingShu", identifiers);
    }

    [Theory]
    [InlineData(null, true, false)]
    [InlineData("", true, false)]
    [InlineData("Chinese", true, false)]
    [InlineData(" ascii ", true, true)]
    [InlineData("ASCII", true, true)]
    [InlineData("English", false, false)]
    public void TryParseMode_accepts_Chinese_and_Ascii_only(string? setting, bool known, bool ascii)
    {
        Assert.Equal(known, AsciiNaming.TryParseMode(setting, out var isAscii));
        Assert.Equal(ascii, isAscii);
    }

    [Fact]
    public void The_unknown_mode_message_names_the_allowed_values()
    {
        var message = DiagnosticDescriptors.UnknownIdentifierMode.Format("English");

        Assert.Contains("English", message);
        Assert.Contains("Chinese", message);
        Assert.Contains("Ascii", message);
    }
}
