using System;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>CSDK1001 (undecodable text) and CSDK1018 (invisible characters): the line is rejected, at the column of the character.</summary>
public class CharacterDiagnosticsTests
{
    [Fact]
    public void CSDK1001_replacement_character_rejects_the_line_at_its_column()
    {
        var document = Catalogue.WithHeader("冠状动脉造影术", "  左心室\uFFFD造影");

        Catalogue.AssertIds(document, "CSDK1001");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1001", CatalogueSeverity.Error, 5, 6);
        Assert.Equal(1, diagnostic.Length);
        Assert.Empty(diagnostic.Arguments);
        Assert.Contains("U+FFFD", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 5));
        Assert.Equal(new[] { "冠状动脉造影术" }, document.Procedures.Select(p => p.Name));
    }

    [Fact]
    public void CSDK1001_in_a_heading_rejects_the_heading()
    {
        var document = Catalogue.Parse("目录", "（一）心血管疾病介入诊疗手术分级目录", "一级\uFFFD术", "人工起搏器功能检查");

        // The heading is rejected, so the procedure under it has no grade, and the catalogue is empty.
        Catalogue.AssertIds(document, "CSDK1014", "CSDK1001", "CSDK1004");
        Catalogue.AssertAt(document.Diagnostics[1], "CSDK1001", CatalogueSeverity.Error, 3, 3);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 3));
    }

    [Fact]
    public void CSDK1001_offset_points_at_the_character()
    {
        const string Text = "目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n  左心室\uFFFD造影";
        var document = Parsing.CatalogueParser.Parse(Catalogue.Path, Text, null);

        var diagnostic = Catalogue.Single(document, "CSDK1001");
        Assert.Equal('\uFFFD', Text[diagnostic.Offset]);
    }

    [Theory]
    [InlineData("冠状动脉\u200B造影术", 5, "U+200B")]
    [InlineData("  左心室\u202E造影", 6, "U+202E")]
    [InlineData("左心室造影\u2066", 6, "U+2066")]
    [InlineData("左\u00AD心室造影", 2, "U+00AD")]
    [InlineData("左心室造影\uFEFF", 6, "U+FEFF")] // a byte-order mark that is not at the start of the file
    [InlineData("\u200D", 1, "U+200D")]
    [InlineData("冠状\u0007动脉造影术", 3, "U+0007")] // a control character
    [InlineData("冠状动脉\u0085造影术", 5, "U+0085")] // a C1 control inside the name
    [InlineData("冠状\u2028动脉造影术", 3, "U+2028")] // a line separator inside the name
    public void CSDK1018_invisible_character_rejects_the_line_and_names_column_and_code_point(string line, int column, string codePoint)
    {
        var document = Catalogue.WithHeader("冠状动脉血管内压力测量", line);

        Catalogue.AssertIds(document, "CSDK1018");
        var diagnostic = document.Diagnostics[0];
        Catalogue.AssertAt(diagnostic, "CSDK1018", CatalogueSeverity.Error, 5, column);
        Assert.Equal(new[] { column.ToString(System.Globalization.CultureInfo.InvariantCulture), codePoint }, diagnostic.Arguments.AsArray());
        Assert.Contains(codePoint, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 5));
        Assert.Single(document.Procedures);
    }

    [Fact]
    public void CSDK1018_only_the_first_invisible_character_of_a_line_is_reported()
    {
        var document = Catalogue.WithHeader("冠\u200B状\u200C动脉造影术");

        var diagnostic = Catalogue.Single(document, "CSDK1018");
        Assert.Equal(2, diagnostic.Column);
        Assert.Equal("U+200B", diagnostic.Arguments[1]);
    }

    [Theory]
    [InlineData("冠状动脉\u3000造影术")]
    [InlineData("冠状动脉\u00A0造影术")]
    [InlineData("冠状动脉 造影术")]
    [InlineData("冠状动脉造影术\u00A0\u3000 ")]
    public void CSDK1018_is_not_reported_for_visible_whitespace_which_matching_ignores(string line)
    {
        var document = Catalogue.WithHeader(line);

        Catalogue.AssertIds(document);
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal("冠状动脉造影术", procedure.Key);
    }

    [Fact]
    public void CSDK1018_lone_surrogates_reject_the_line()
    {
        // Built in code: lone surrogates do not survive theory-data serialisation.
        var high = Catalogue.WithHeader("冠状动脉造影术", "左心室造影" + '\uD800');
        var low = Catalogue.WithHeader("冠状动脉造影术", '\uDC00' + "左心室造影");

        Catalogue.AssertIds(high, "CSDK1018");
        Catalogue.AssertAt(high.Diagnostics[0], "CSDK1018", CatalogueSeverity.Error, 5, 6);
        Assert.Equal(new[] { "6", "U+D800" }, high.Diagnostics[0].Arguments.AsArray());
        Catalogue.AssertIds(low, "CSDK1018");
        Catalogue.AssertAt(low.Diagnostics[0], "CSDK1018", CatalogueSeverity.Error, 5, 1);
        Assert.Equal(new[] { "1", "U+DC00" }, low.Diagnostics[0].Arguments.AsArray());
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(high, 5));
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(low, 5));
    }

    [Theory]
    [InlineData("\U00020000造影术")] // a surrogate pair is a character, not damage
    [InlineData("冠状动脉造影术\t@abbr CAG")] // a tab is whitespace
    public void CSDK1018_is_not_reported_for_surrogate_pairs_or_tabs(string line)
    {
        var document = Catalogue.WithHeader(line);

        Catalogue.AssertIds(document);
        Assert.Single(document.Procedures);
    }

    [Fact]
    public void Invisible_characters_in_comments_are_not_reported()
    {
        var document = Catalogue.WithHeader("# 注释\u200B\uFFFD", "冠状动脉造影术");

        Catalogue.AssertIds(document);
        Assert.Equal(LineKind.Comment, Catalogue.KindOf(document, 4));
    }
}
