using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CatalogSdk.Analyzers.Tests.Support;
using CatalogSdk.CodeFixes;
using CatalogSdk.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>
/// The language of the analyzers' and code fixes' texts: resources, bilingual (Chinese first, then English) by default
/// and Chinese alone under zh-Hans; the zh-Hans texts are exactly the Chinese half; every rule has all its entries.
/// </summary>
public sealed class MessageLanguageTests
{
    private static readonly DiagnosticAnalyzer[] s_analyzers = { new RetiredProcedureAnalyzer(), new ProcedureGradeAnalyzer(), new ProcedureNameLiteralAnalyzer() };

    private static readonly ResourceManagerPair s_analyzerTexts = new(AnalyzerResources.ResourceManager);

    private static readonly ResourceManagerPair s_codeFixTexts = new(CodeFixResources.ResourceManager);

    public static TheoryData<string> AnalyzerNames() => Names(s_analyzerTexts);

    public static TheoryData<string> CodeFixNames() => Names(s_codeFixTexts);

    [Fact]
    public void Every_rule_has_a_resource_title_message_and_description_in_both_cultures_and_there_is_nothing_else()
    {
        var descriptors = s_analyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        foreach (var descriptor in descriptors)
        {
            // A rule whose texts are plain strings cannot be shown in the reader's language: move them into
            // Resources.resx (bilingual) and Resources.zh-Hans.resx (Chinese half), as ID_Title, ID_Message, ID_Description.
            Assert.True(descriptor.Title is LocalizableResourceString, descriptor.Id + ": the title is not a resource");
            Assert.True(descriptor.MessageFormat is LocalizableResourceString, descriptor.Id + ": the message is not a resource");
            Assert.True(descriptor.Description is LocalizableResourceString, descriptor.Id + ": the description is not a resource");
        }

        var expected = descriptors
            .SelectMany(d => new[] { d.Id + "_Title", d.Id + "_Message", d.Id + "_Description" })
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, s_analyzerTexts.Neutral.Keys);
        Assert.Equal(expected, s_analyzerTexts.Chinese.Keys);
        Assert.Equal(new[] { "UseCatalogueGrade_Title", "UseConstant_Title", "UseSuccessor_Title" }, s_codeFixTexts.Neutral.Keys);
        Assert.Equal(s_codeFixTexts.Neutral.Keys, s_codeFixTexts.Chinese.Keys);
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void An_analyzer_zh_Hans_text_is_exactly_the_Chinese_half_and_its_placeholders_agree(string name)
    {
        ResourceTexts.AssertChineseHalf(name, s_analyzerTexts.Neutral[name], s_analyzerTexts.Chinese[name]);
        ResourceTexts.AssertPlaceholdersAgree(name, s_analyzerTexts.Neutral[name], s_analyzerTexts.Chinese[name]);
    }

    [Theory]
    [MemberData(nameof(CodeFixNames))]
    public void A_code_fix_zh_Hans_title_is_exactly_the_Chinese_half_and_its_placeholders_agree(string name)
    {
        ResourceTexts.AssertChineseHalf(name, s_codeFixTexts.Neutral[name], s_codeFixTexts.Chinese[name]);
        ResourceTexts.AssertPlaceholdersAgree(name, s_codeFixTexts.Neutral[name], s_codeFixTexts.Chinese[name]);
    }

    [Fact]
    public async Task An_analyzer_diagnostic_is_Chinese_only_under_zh_Hans_and_bilingual_otherwise()
    {
        var source = """
            using CatalogSdk;
            using MyHospital.Catalog;

            class Checks
            {
                bool A() => Catalogue.Get(Procedure.冠状动脉支架植入术).Grade == SurgicalGrade.Grade3;
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Checks.cs") },
            TestReferences.Net80.Append(TestReferences.Runtime).Append(CatalogueLibrary.Reference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProcedureGradeAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CSDK3003", diagnostic.Id);

        const string Chinese = "代码把手术「冠状动脉支架植入术」当作三级手术，但目录中它是四级手术。请改为 SurgicalGrade.Grade4，或核对目录。";
        Assert.Equal(Chinese, diagnostic.GetMessage(ResourceTexts.Chinese));
        Assert.Equal(
            Chinese + " The code takes the procedure '冠状动脉支架植入术' as grade 3, but the catalogue grades it 4. Use SurgicalGrade.Grade4, or check the catalogue.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("手术级别与目录不符", diagnostic.Descriptor.Title.ToString(ResourceTexts.Chinese));
        Assert.Equal("手术级别与目录不符 / Procedure grade does not match the catalogue", diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
        Assert.StartsWith("常量手术与常量级别在代码中配对", diagnostic.Descriptor.Description.ToString(ResourceTexts.Chinese), StringComparison.Ordinal);
        Assert.DoesNotContain("Code pairs", diagnostic.Descriptor.Description.ToString(ResourceTexts.Chinese), StringComparison.Ordinal);
        Assert.Contains(" Code pairs a constant procedure", diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_fix_titles_follow_the_UI_culture()
    {
        var before = Thread.CurrentThread.CurrentUICulture;
        try
        {
            Thread.CurrentThread.CurrentUICulture = ResourceTexts.Chinese;
            Assert.Equal("改为目录级别 SurgicalGrade.Grade4", CodeFixResources.UseCatalogueGrade("Grade4"));
            Assert.Equal("改用后继手术 经皮冠状动脉药物球囊扩张成形术", CodeFixResources.UseSuccessor("经皮冠状动脉药物球囊扩张成形术"));

            Thread.CurrentThread.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal("改为目录级别 SurgicalGrade.Grade4 / Use the catalogue's grade SurgicalGrade.Grade4", CodeFixResources.UseCatalogueGrade("Grade4"));
            Assert.Equal("改用后继手术 X / Use the successor X", CodeFixResources.UseSuccessor("X"));
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = before;
        }
    }

    private static TheoryData<string> Names(ResourceManagerPair texts)
    {
        var data = new TheoryData<string>();
        foreach (var name in texts.Neutral.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    private sealed class ResourceManagerPair
    {
        public ResourceManagerPair(System.Resources.ResourceManager resources)
        {
            Neutral = ResourceTexts.Entries(resources, CultureInfo.InvariantCulture);
            Chinese = ResourceTexts.Entries(resources, ResourceTexts.Chinese);
        }

        public SortedDictionary<string, string> Neutral { get; }

        public SortedDictionary<string, string> Chinese { get; }
    }
}
