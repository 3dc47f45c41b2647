using System.Linq;
using System.Text;
using CatalogSdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// What the build says when a catalogue or the project is wrong: compiler diagnostics with the right ID,
/// severity and position in the catalogue file, and no generated code where the code could not be right.
/// </summary>
public sealed class DiagnosticTests
{
    /// <summary>Line 5 holds an invalid grade heading, indented by two spaces.</summary>
    private static string WithFifthGrade(string newLine) =>
        "测试目录" + newLine +                           // 1
        "（一）心血管疾病介入诊疗手术分级目录" + newLine + // 2
        "一级手术" + newLine +                           // 3
        "冠状动脉造影术" + newLine +                     // 4
        "  五级手术" + newLine +                         // 5  CSDK1006 at (5,3)
        "经皮穿刺术" + newLine;                          // 6

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void InvalidGradeHeading_IsReportedAtItsLineAndColumnInTheCatalogue(string newLine)
    {
        var text = WithFifthGrade(newLine);
        var file = TestFile.Catalogue("grades.txt", text);

        var run = GeneratorDriverHelper.Run(file);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CSDK1006");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("五级手术", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("docs/diagnostics/CSDK1006.md", diagnostic.Descriptor.HelpLinkUri);

        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(file.Path, span.Path);
        Assert.Equal(4, span.StartLinePosition.Line);      // 0-based: line 5
        Assert.Equal(2, span.StartLinePosition.Character); // 0-based: column 3
        Assert.Equal(span.StartLinePosition.Line, span.EndLinePosition.Line);
        Assert.Equal("五级手术", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void CatalogueDiagnostics_DoNotBreakTheGeneratedCode()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("grades.txt", WithFifthGrade("\n")));

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CSDK1006");
        Assert.Empty(run.CompilerDiagnostics);
    }

    [Fact]
    public void TwoCataloguesInOneNamespace_ReportCsdk9002OnTheSecondAndGenerateTheFirst()
    {
        var first = TestFile.Catalogue("a.txt", Fixtures.Abbreviations) with { Namespace = "MyHospital.Catalogues" };
        var second = TestFile.Catalogue("b.txt", Fixtures.TwoSpecialties) with { Namespace = "MyHospital.Catalogues" };

        var run = GeneratorDriverHelper.Run(second, first);

        var diagnostic = Assert.Single(run.DiagnosticsBesidesMissingLock);
        Assert.Equal("CSDK9002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(second.Path, diagnostic.Location.GetLineSpan().Path);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("a.txt", message);
        Assert.Contains("b.txt", message);
        Assert.Contains("MyHospital.Catalogues", message);

        Assert.Equal(5, run.HintNames.Count);
        Assert.All(run.HintNames, h => Assert.StartsWith("MyHospital.Catalogues.", h));
        Assert.Contains("冠状动脉造影术", run.Source("MyHospital.Catalogues.Procedure.g.cs")); // a.txt, not b.txt
        Assert.Empty(run.CompilerDiagnostics);
    }

    [Fact]
    public void TwoFileNamesWithOneDefaultNamespace_ReportCsdk9002()
    {
        var run = GeneratorDriverHelper.Run(
            TestFile.Catalogue("hospital-own.txt", Fixtures.Abbreviations),
            new TestFile("/src/MyHospital/more/catalog/hospital_own.txt", Fixtures.TwoSpecialties));

        Assert.Equal("CSDK9002", Assert.Single(run.DiagnosticsBesidesMissingLock).Id);
        Assert.Equal(5, run.HintNames.Count);
    }

    [Theory]
    [InlineData("My-Hospital.Catalogue")]
    [InlineData("MyHospital.1st")]
    [InlineData("MyHospital..Catalogue")]
    [InlineData("MyHospital.class")]
    public void InvalidNamespaceMetadata_ReportsCsdk9003AndGeneratesNothing(string ns)
    {
        var file = TestFile.Catalogue("abbreviations.txt", Fixtures.Abbreviations) with { Namespace = ns };

        var run = GeneratorDriverHelper.Run(file);

        var diagnostic = Assert.Single(run.DiagnosticsBesidesMissingLock);
        Assert.Equal("CSDK9003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(file.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(ns, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Generator.GeneratedSources);
    }

    [Fact]
    public void RuntimeLibraryNotReferenced_ReportsCsdk9004AndGeneratesNothing()
    {
        var file = Fixtures.Shipped;

        var run = GeneratorDriverHelper.Run(TestProject.Latest with { ReferencesRuntime = false }, file, Fixtures.ShippedLock);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CSDK9004", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(file.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(run.Generator.GeneratedSources);
        Assert.Empty(run.CompilerDiagnostics); // no cascade of CS0246 from code that could not compile
    }

    [Fact]
    public void CatalogueNotDecodedAsUtf8_ReportsCsdk1002()
    {
        // The compiler falls back to another encoding when a file is not valid UTF-8 (a GBK file, say).
        var file = TestFile.Catalogue("abbreviations.txt", Fixtures.Abbreviations) with { Encoding = Encoding.Latin1 };

        var run = GeneratorDriverHelper.Run(file);

        var diagnostic = Assert.Single(run.DiagnosticsBesidesMissingLock);
        Assert.Equal("CSDK1002", diagnostic.Id);
        Assert.Contains("28591", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EmptyCatalogue_ReportsCsdk1014AndGeneratesNothing()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("empty.txt", "空目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n"));

        Assert.Equal("CSDK1014", Assert.Single(run.DiagnosticsBesidesMissingLock).Id);
        Assert.Empty(run.Generator.GeneratedSources);
    }
}
