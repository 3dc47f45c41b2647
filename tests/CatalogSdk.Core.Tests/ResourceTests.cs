using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Core.Tests.Support;
using CatalogSdk.Tests.Shared;

namespace CatalogSdk.Core.Tests;

/// <summary>
/// The catalogue diagnostics' texts as resources: every descriptor has a neutral (bilingual) and a zh-Hans (Chinese
/// only) title and message, the Chinese text is exactly the first half of the bilingual one, and the placeholders agree.
/// </summary>
public class ResourceTests
{
    private static readonly System.Collections.Generic.SortedDictionary<string, string> s_neutral =
        ResourceTexts.Entries(CatalogueResources.ResourceManager, CultureInfo.InvariantCulture);

    private static readonly System.Collections.Generic.SortedDictionary<string, string> s_chinese =
        ResourceTexts.Entries(CatalogueResources.ResourceManager, ResourceTexts.Chinese);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in s_neutral.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Every_descriptor_has_a_title_and_a_message_in_both_cultures_and_there_is_nothing_else()
    {
        var expected = DiagnosticDescriptors.All
            .SelectMany(d => new[] { d.TitleResourceName, d.MessageFormatResourceName })
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(47, DiagnosticDescriptors.All.Count);
        Assert.Equal(expected, s_neutral.Keys);
        Assert.Equal(expected, s_chinese.Keys);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_zh_Hans_text_is_exactly_the_Chinese_half_of_the_neutral_one(string name) =>
        ResourceTexts.AssertChineseHalf(name, s_neutral[name], s_chinese[name]);

    [Theory]
    [MemberData(nameof(Names))]
    public void Placeholders_agree_across_cultures(string name) =>
        ResourceTexts.AssertPlaceholdersAgree(name, s_neutral[name], s_chinese[name]);

    [Fact]
    public void Descriptors_read_the_neutral_texts()
    {
        var descriptor = DiagnosticDescriptors.InvalidGradeHeading;

        Assert.Equal("无效的级别标题 / Invalid grade heading", descriptor.Title);
        Assert.Equal(s_neutral["CSDK1006_Message"], descriptor.MessageFormat);
        Assert.StartsWith("「{0}」不是有效的级别标题。", descriptor.MessageFormat, StringComparison.Ordinal);
        Assert.EndsWith(" '{0}' is not a valid grade heading. There are four grades; write the heading as 一级手术, 二级手术, 三级手术 or 四级手术.", descriptor.MessageFormat, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_the_CLI_prints_is_bilingual_whatever_the_UI_culture()
    {
        var before = Thread.CurrentThread.CurrentUICulture;
        try
        {
            Thread.CurrentThread.CurrentUICulture = ResourceTexts.Chinese;
            var document = CatalogueParser.Parse(Catalogue.Path, "测试目录\n（一）心血管疾病介入诊疗手术分级目录\n五级手术\n冠状动脉造影术\n");

            var diagnostic = Assert.Single(document.Diagnostics, d => d.Id == "CSDK1006");
            Assert.Equal(
                "「五级手术」不是有效的级别标题。手术只有四级，标题须写作「一级手术」「二级手术」「三级手术」或「四级手术」。 " +
                "'五级手术' is not a valid grade heading. There are four grades; write the heading as 一级手术, 二级手术, 三级手术 or 四级手术.",
                diagnostic.Message);
            Assert.Equal(new object[] { "五级手术" }, diagnostic.MessageArguments());
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = before;
        }
    }
}
