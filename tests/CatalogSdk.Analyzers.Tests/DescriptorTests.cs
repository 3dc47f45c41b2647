using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>The rules as a user meets them: IDs, bilingual texts, help pages, release tracking, configurability.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticAnalyzer[] s_analyzers = { new RetiredProcedureAnalyzer(), new ProcedureGradeAnalyzer(), new ProcedureNameLiteralAnalyzer() };

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Rules_are_CSDK3001_to_CSDK3004_each_supported_by_one_analyzer()
    {
        var ids = s_analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.Equal(new[] { "CSDK3001", "CSDK3002", "CSDK3003", "CSDK3004" }, ids.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Title_and_message_are_Chinese_first_then_English(string id)
    {
        var descriptor = Find(id);
        var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(IsCjk(title[0]), title);
        Assert.Contains(" / ", title, StringComparison.Ordinal);
        Assert.True(IsCjk(message[0]), message);
        var english = message.IndexOf(" The ", StringComparison.Ordinal) is var i and >= 0 ? i : message.IndexOf(" This ", StringComparison.Ordinal);
        Assert.True(english > 0, message);
        Assert.DoesNotContain(message.Substring(english), IsCjk);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_is_the_page_in_docs_diagnostics_and_the_page_exists(string id)
    {
        var descriptor = Find(id);
        Assert.Equal("https://github.com/catalogsdk/catalogsdk/blob/main/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
        var page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), page);
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("## 中文", StringComparison.Ordinal) is var zh and > 0 && text.IndexOf("## English", StringComparison.Ordinal) > zh, "Chinese section, then English");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Severity_is_configurable_and_tracked_in_the_unshipped_release(string id)
    {
        var descriptor = Find(id);
        Assert.DoesNotContain(WellKnownDiagnosticTags.NotConfigurable, descriptor.CustomTags);
        Assert.True(descriptor.IsEnabledByDefault);
        var releases = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "CatalogSdk.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var row = Assert.Single(releases, line => line.StartsWith(id + " ", StringComparison.Ordinal));
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Category, cells[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
    }

    [Fact]
    public void Retired_references_and_grade_mismatches_fail_the_build_retired_names_in_strings_warn_and_current_ones_inform()
    {
        Assert.Equal(DiagnosticSeverity.Error, AnalyzerDescriptors.RetiredProcedure.DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Warning, AnalyzerDescriptors.RetiredProcedureName.DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Error, AnalyzerDescriptors.GradeMismatch.DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Info, AnalyzerDescriptors.ProcedureNameLiteral.DefaultSeverity);
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() => s_analyzers.SelectMany(a => a.SupportedDiagnostics);

    private static DiagnosticDescriptor Find(string id) => Descriptors().Single(d => d.Id == id);

    private static bool IsCjk(char c) => c >= '\u4E00' && c <= '\u9FFF';

    private static string RepositoryRoot() =>
        typeof(DescriptorTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
