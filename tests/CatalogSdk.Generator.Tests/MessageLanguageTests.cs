using System.Globalization;
using System.Threading;
using CatalogSdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// The language of the build's messages: the compiler formats a catalogue diagnostic in the reader's UI language.
/// Bilingual (Chinese first, then English) by default; Chinese alone under zh-Hans (PreferredUILang=zh-Hans, a Chinese
/// Visual Studio). The generator hands the compiler the message arguments, not a formatted message, for that.
/// </summary>
public sealed class MessageLanguageTests
{
    private static readonly CultureInfo s_chinese = new("zh-Hans");

    private const string FifthGrade =
        "测试目录\n" +
        "（一）心血管疾病介入诊疗手术分级目录\n" +
        "一级手术\n" +
        "冠状动脉造影术\n" +
        "五级手术\n" +
        "经皮穿刺术\n";

    private const string ChineseInvalidGrade =
        "「五级手术」不是有效的级别标题。手术只有四级，标题须写作「一级手术」「二级手术」「三级手术」或「四级手术」。";

    private const string EnglishInvalidGrade =
        "'五级手术' is not a valid grade heading. There are four grades; write the heading as 一级手术, 二级手术, 三级手术 or 四级手术.";

    [Fact]
    public void A_catalogue_diagnostic_is_Chinese_only_under_zh_Hans_and_bilingual_otherwise()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("grades.txt", FifthGrade));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CSDK1006");

        Assert.Equal(ChineseInvalidGrade, diagnostic.GetMessage(s_chinese));
        Assert.Equal(ChineseInvalidGrade, diagnostic.GetMessage(new CultureInfo("zh-CN"))); // falls back to zh-Hans
        Assert.Equal(ChineseInvalidGrade + " " + EnglishInvalidGrade, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(ChineseInvalidGrade + " " + EnglishInvalidGrade, diagnostic.GetMessage(new CultureInfo("en-US")));
        Assert.Equal(ChineseInvalidGrade + " " + EnglishInvalidGrade, diagnostic.GetMessage(new CultureInfo("de-DE")));

        Assert.Equal("无效的级别标题", diagnostic.Descriptor.Title.ToString(s_chinese));
        Assert.Equal("无效的级别标题 / Invalid grade heading", diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
        Assert.IsType<LocalizableResourceString>(diagnostic.Descriptor.MessageFormat);
    }

    [Fact]
    public void Without_a_culture_the_message_follows_the_UI_culture()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("grades.txt", FifthGrade));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CSDK1006");
        var before = Thread.CurrentThread.CurrentUICulture;
        try
        {
            Thread.CurrentThread.CurrentUICulture = s_chinese;
            Assert.Equal(ChineseInvalidGrade, diagnostic.GetMessage());
            Thread.CurrentThread.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal(ChineseInvalidGrade + " " + EnglishInvalidGrade, diagnostic.GetMessage());
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_drift_error_is_Chinese_only_under_zh_Hans_and_bilingual_otherwise()
    {
        var added = Fixtures.Shipped with { Text = Fixtures.ShippedText + "\n经皮测试新增手术\n" };
        var run = GeneratorDriverHelper.Run(added, Fixtures.ShippedLock);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CSDK2001");

        var chinese = diagnostic.GetMessage(s_chinese);
        var bilingual = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        const string Chinese =
            "目录新增了手术「经皮测试新增手术」（四级手术，综合介入），锁文件中没有它。" +
            "如确为新增，请运行 catalog lock update /src/MyHospital/catalog/interventional.txt 接受此更改。";
        Assert.Equal(Chinese, chinese);
        Assert.Equal(
            Chinese + " The catalogue adds the procedure '经皮测试新增手术' (Grade 4, 综合介入), which the lock does not hold. " +
            "If the addition is intended, run 'catalog lock update /src/MyHospital/catalog/interventional.txt' to accept it.",
            bilingual);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_generator_diagnostic_without_a_catalogue_position_is_localised_too()
    {
        var project = TestProject.Latest with { ReferencesRuntime = false };
        var run = GeneratorDriverHelper.Run(project, TestFile.Catalogue("grades.txt", FifthGrade));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CSDK9004");

        const string Chinese = "生成的代码需要 CatalogSdk 运行时库（CatalogSdk.dll），但项目没有引用它。请添加对 CatalogSdk 包或项目的引用。";
        Assert.Equal(Chinese, diagnostic.GetMessage(s_chinese));
        Assert.Equal(
            Chinese + " The generated code needs the CatalogSdk runtime library (CatalogSdk.dll), which the project does not reference. " +
            "Add a reference to the CatalogSdk package or project.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
