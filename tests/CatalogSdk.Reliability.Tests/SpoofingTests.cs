using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Reliability.Tests.Support;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// No spoofing: a character that reorders what a reader sees or shows as nothing is an error (CSDK1018) at its
/// line and column, wherever it stands; and two names that differ only by width, spacing, case or such a character
/// are one procedure — never two enum members that look alike.
/// </summary>
public sealed class SpoofingTests
{
    /// <summary>Bidirectional controls, zero-width characters, the byte-order mark inside text, and every other
    /// default-ignorable code point (they all render as nothing).</summary>
    public static TheoryData<string> HiddenCharacters => new()
    {
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\u206A", "\u206F", "\u00AD",
        "\u034F", "\u115F", "\u1160", "\u17B4", "\u17B5", "\u180B", "\u180E", "\u180F", "\u3164", "\uFFA0", "\uFE00", "\uFE0F", "\uFFF0",
        "\uDB40\uDC01", "\uDB40\uDC20", "\uD82F\uDCA0", "\uD834\uDD73",
    };

    [Theory]
    [MemberData(nameof(HiddenCharacters), DisableDiscoveryEnumeration = true)]
    public void A_hidden_character_in_a_name_is_CSDK1018_at_its_line_and_column(string hidden)
    {
        foreach (var (line, column) in new[] { ("冠状" + hidden + "动脉造影术", 3), (hidden + "冠状动脉造影术", 1), ("冠状动脉造影术" + hidden, 8) })
        {
            var document = CatalogueParser.Parse("spoof.txt", Catalogues.Build("经皮穿刺活检术", line), "UTF-8");

            var diagnostic = Assert.Single(document.Diagnostics, d => d.Id != "CSDK1013");
            Assert.Equal("CSDK1018", diagnostic.Id);
            Assert.Equal(Catalogues.FirstBodyLine + 1, diagnostic.Line);
            Assert.Equal(column, diagnostic.Column);
            Assert.Equal(Code(hidden), diagnostic.Arguments[1]);
            Assert.Equal(LineKind.Rejected, document.Lines[Catalogues.FirstBodyLine].Kind);
            Assert.Equal(new[] { "经皮穿刺活检术" }, document.Procedures.Select(p => p.Name));
        }
    }

    [Theory]
    [MemberData(nameof(HiddenCharacters), DisableDiscoveryEnumeration = true)]
    public void A_hidden_character_in_a_title_heading_or_annotation_is_CSDK1018_too(string hidden)
    {
        var texts = new[]
        {
            ("目" + hidden + "录\n（一）综合介入诊疗手术分级目录\n一级手术\n经皮穿刺活检术\n", 1, 2),
            ("（一）综合" + hidden + "介入诊疗手术分级目录\n一级手术\n经皮穿刺活检术\n", 1, 6),
            ("（一）综合介入诊疗手术分级目录\n一级" + hidden + "手术\n经皮穿刺活检术\n", 2, 3),
            ("（一）综合介入诊疗手术分级目录\n一级手术\n经皮穿刺活检术 @abbr A" + hidden + "B\n", 3, 16),
        };

        foreach (var (text, line, column) in texts)
        {
            var document = CatalogueParser.Parse("spoof.txt", text, "UTF-8");

            Assert.Contains(document.Diagnostics, d => d.Id == "CSDK1018" && d.Line == line && d.Column == column);
        }
    }

    [Theory]
    [MemberData(nameof(HiddenCharacters), DisableDiscoveryEnumeration = true)]
    public void A_name_that_differs_only_by_a_hidden_character_is_never_a_second_member(string hidden)
    {
        var outcome = GeneratorHarness.Run("spoof.txt", Catalogues.Build("冠状动脉造影术", "冠状动脉" + hidden + "造影术"));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal("CSDK1018", error.Id);
        Assert.Equal(Catalogues.FirstBodyLine, error.Location.GetLineSpan().StartLinePosition.Line);
        var problems = GeneratedCodeCheck.Problems(outcome, "MyHospital.Spoof", new (string?, string)[] { ("冠状动脉造影术", "冠状动脉造影术") }, 1);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Pairs that look the same to a reader: one procedure, one member, the repeat reported (CSDK1009).</summary>
    [Theory]
    [InlineData("冠状动脉血管内超声(IVUS)", "冠状动脉血管内超声（ＩＶＵＳ）")]
    [InlineData("经皮冠状动脉腔内血管成形术[PTCA]", "经皮冠状动脉腔内血管成形术【ptca】")]
    [InlineData("冠状动脉造影术", "冠状 动脉\u3000造影术")]
    [InlineData("冠状动脉造影术", "冠状\u00A0动脉\t造影术")]
    [InlineData("ABC介入术", "ＡＢＣ介入术")]
    [InlineData("经皮穿刺活检术(CT-引导)", "经皮穿刺活检术〔CT\u2013引导〕")]
    public void Names_that_differ_only_by_width_spacing_brackets_or_case_are_one_procedure(string first, string second)
    {
        var outcome = GeneratorHarness.Run("alike.txt", Catalogues.Build(first, second));

        Assert.True(outcome.Accepted, outcome.DescribeDiagnostics());
        var repeat = Assert.Single(outcome.Diagnostics, d => d.Id == "CSDK1009");
        Assert.Equal(Catalogues.FirstBodyLine, repeat.Location.GetLineSpan().StartLinePosition.Line);
        var problems = GeneratedCodeCheck.Problems(outcome, "MyHospital.Alike", new (string?, string)[] { (null, first) }, 1);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_same_name_in_two_widths_under_two_specialties_is_one_procedure_in_both()
    {
        var text = "目录\n（一）心血管疾病介入诊疗手术分级目录\n二级手术\n冠状动脉血管内超声(IVUS)\n" +
                   "（二）综合介入诊疗手术分级目录\n二级手术\n冠状动脉血管内超声（ＩＶＵＳ）\n";

        var document = CatalogueParser.Parse("alike.txt", text, "UTF-8");

        var procedure = Assert.Single(document.Procedures);
        Assert.Equal(new[] { 1, 2 }, procedure.Specialties.AsArray());
        Assert.Equal(new[] { 4, 7 }, procedure.Lines.AsArray());
        Assert.Empty(document.Diagnostics);
    }

    private static string Code(string hidden) =>
        "U+" + char.ConvertToUtf32(hidden, 0).ToString("X4", CultureInfo.InvariantCulture);
}
