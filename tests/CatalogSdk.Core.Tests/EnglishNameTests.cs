using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>English names: the @en (@英文) annotation and English-name overlays (.en.tsv beside the catalogue).</summary>
public class EnglishNameTests
{
    // ---- @en ----

    [Theory]
    [InlineData("冠状动脉造影术 @en Coronary angiography")]
    [InlineData("冠状动脉造影术 @英文 Coronary angiography")]
    [InlineData("冠状动脉造影术＠EN   Coronary   angiography  ")]
    [InlineData("冠状动脉造影术 @abbr CAG @en Coronary angiography")]
    public void En_sets_the_English_name_and_is_not_part_of_the_name(string line)
    {
        var document = Catalogue.WithHeader(line);

        Catalogue.AssertIds(document);
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal("冠状动脉造影术", procedure.Name);
        Assert.Equal("Coronary angiography", procedure.EnglishName);
    }

    [Fact]
    public void Without_en_there_is_no_English_name()
    {
        Assert.Null(Assert.Single(Catalogue.WithHeader("冠状动脉造影术").Procedures).EnglishName);
    }

    [Theory]
    [InlineData("冠状动脉造影术 @en", "缺少值")]
    [InlineData("冠状动脉造影术 @en   ", "缺少值")]
    [InlineData("冠状动脉造影术 @en 冠脉造影", "ASCII")]
    [InlineData("冠状动脉造影术 @en Ｃoronary", "ASCII")]
    [InlineData("冠状动脉造影术 @en 12.5", "英文字母")]
    public void Malformed_en_is_CSDK1016_at_the_annotation_and_rejects_the_line(string line, string reason)
    {
        var document = Catalogue.WithHeader(line);

        var diagnostic = Catalogue.Single(document, DiagnosticDescriptors.InvalidAnnotation.Id);
        Catalogue.AssertAt(diagnostic, "CSDK1016", CatalogueSeverity.Error, Catalogue.FirstBodyLine, 9);
        Assert.Contains(reason, diagnostic.Message);
        Assert.Empty(document.Procedures);
    }

    [Fact]
    public void En_twice_on_a_line_is_CSDK1016()
    {
        var document = Catalogue.WithHeader("冠状动脉造影术 @en Coronary angiography @英文 CAG");

        Assert.Contains("重复", Catalogue.Single(document, "CSDK1016").Message);
    }

    [Fact]
    public void The_first_listing_with_en_gives_the_English_name_of_a_procedure_listed_twice()
    {
        var document = Catalogue.Parse(
            "测试目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "三级手术",
            "冠状动脉造影术",
            "（二）神经血管介入诊疗手术分级目录",
            "三级手术",
            "冠状动脉造影术 @en Coronary angiography");

        Assert.Equal("Coronary angiography", Assert.Single(document.Procedures).EnglishName);
    }

    // ---- overlays ----

    private const string OverlayPath = "test-catalogue.en.tsv";

    [Fact]
    public void PathFor_puts_the_overlay_beside_the_catalogue()
    {
        Assert.Equal("/a/catalog/interventional.en.tsv", EnglishOverlay.PathFor("/a/catalog/interventional.txt"));
        Assert.Equal(@"C:\a.b\x.en.tsv", EnglishOverlay.PathFor(@"C:\a.b\x.txt"));
        Assert.Equal("/a.b/x.en.tsv", EnglishOverlay.PathFor("/a.b/x"));
    }

    [Fact]
    public void Parse_reads_tab_separated_names_and_skips_comments_and_blank_lines()
    {
        var overlay = EnglishOverlay.Parse(OverlayPath, "\uFEFF# comment\n\n冠状动脉造影术\tCoronary  angiography \r\n  ＃ 注释\n心血管疾病\tCardiovascular\n");

        Assert.Empty(overlay.Diagnostics);
        Assert.Equal(new[] { ("冠状动脉造影术", "Coronary angiography", 3), ("心血管疾病", "Cardiovascular", 5) },
            overlay.Entries.Select(e => (e.Name, e.EnglishName, e.Span.Line)).ToArray());
    }

    [Theory]
    [InlineData("冠状动脉造影术 Coronary angiography", 1, "制表符")]
    [InlineData("\tCoronary angiography", 1, "缺少中文名")]
    [InlineData("冠状动脉造影术\t", 9, "缺少英文名")]
    [InlineData("冠状动脉造影术\t冠脉造影", 9, "ASCII")]
    public void Malformed_overlay_lines_are_CSDK1026_warnings_and_are_skipped(string line, int column, string reason)
    {
        var overlay = EnglishOverlay.Parse(OverlayPath, "# English names\n" + line + "\n");

        Assert.Empty(overlay.Entries);
        var diagnostic = Assert.Single(overlay.Diagnostics);
        Assert.Equal("CSDK1026", diagnostic.Id);
        Assert.Equal(CatalogueSeverity.Warning, diagnostic.Severity);
        Assert.Equal((OverlayPath, 2, column), (diagnostic.FilePath, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("此行已忽略：", diagnostic.Message);
        Assert.Contains(reason, diagnostic.Message);
    }

    [Fact]
    public void A_name_given_twice_is_CSDK1028_on_the_second_line_and_the_first_wins()
    {
        var overlay = EnglishOverlay.Parse(OverlayPath, "冠状动脉造影术\tCoronary angiography\n冠状动脉造影术 \tCAG\n");

        Assert.Equal("Coronary angiography", Assert.Single(overlay.Entries).EnglishName);
        var diagnostic = Assert.Single(overlay.Diagnostics);
        Assert.Equal(("CSDK1028", 2, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Contains("第 1 行", diagnostic.Message);
    }

    [Fact]
    public void ApplyTo_names_procedures_and_specialties_by_folded_name_and_en_wins()
    {
        var document = Catalogue.WithHeader("冠状动脉造影术", "经皮冠状动脉腔内血管成形术[PTCA] @en PTCA");
        var overlay = EnglishOverlay.Parse(OverlayPath,
            "冠状动脉造影术\tCoronary angiography\n" +
            "经皮冠状动脉腔内血管成形术(PTCA)\tPercutaneous transluminal coronary angioplasty\n" +
            "心血管疾病\tCardiovascular\n");

        var named = overlay.ApplyTo(document, Enumerable.Empty<string>(), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "Coronary angiography", "PTCA" }, named.Procedures.Select(p => p.EnglishName).ToArray());
        Assert.Equal("Cardiovascular", Assert.Single(named.Specialties).EnglishName);
        Assert.Equal(document.Procedures.Select(p => p.Name), named.Procedures.Select(p => p.Name));
    }

    [Fact]
    public void ApplyTo_reports_names_the_catalogue_does_not_have_as_CSDK1027_in_the_overlay()
    {
        var document = Catalogue.WithHeader("冠状动脉造影术");
        var overlay = EnglishOverlay.Parse(OverlayPath, "冠状动脉造影术\tCoronary angiography\n冠状动脉造影\tTypo\n已停用的手术\tRetired\n");

        overlay.ApplyTo(document, new[] { "已停用的手术" }, out var diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CSDK1027", OverlayPath, 2, 1), (diagnostic.Id, diagnostic.FilePath, diagnostic.Line, diagnostic.Column));
        Assert.Contains("冠状动脉造影", diagnostic.Message);
    }

    [Fact]
    public void The_shipped_overlay_names_every_procedure_and_specialty_of_the_shipped_catalogue()
    {
        var document = Catalogue.ParseTestData("interventional.txt");
        var overlay = EnglishOverlay.Parse("interventional.en.tsv", Catalogue.ReadTestData("interventional.en.tsv"));

        var named = overlay.ApplyTo(document, Enumerable.Empty<string>(), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(172, named.Procedures.Count);
        Assert.All(named.Procedures, p => Assert.NotNull(p.EnglishName));
        Assert.All(named.Specialties, s => Assert.NotNull(s.EnglishName));
        Assert.Contains("unofficial", Catalogue.ReadTestData("interventional.en.tsv"));
        Assert.Equal("Coronary angiography", named.Procedures.Single(p => p.Name == "冠状动脉造影术").EnglishName);
    }
}
