using System.Linq;
using CatalogSdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// The generated code compiles cleanly in the projects hospital developers have: current C# with nullable on, and
/// C# 7.3 with nullable off (.NET Framework 4.8). Clean means no error and no warning at the highest warning level,
/// with XML documentation checked.
/// </summary>
public sealed class CompileTests
{
    [Theory]
    [MemberData(nameof(FixtureCases.AllByLanguageVersion), MemberType = typeof(FixtureCases))]
    public void GeneratedCode_CompilesWithoutDiagnostics(string fixture, LanguageVersion version)
    {
        var project = FixtureCases.Project(version);
        var run = GeneratorDriverHelper.Run(project, FixtureCases.Get(fixture));

        Assert.Equal(5, run.Sources.Count);
        Assert.Equal(run.InputCompilation.SyntaxTrees.Count() + 5, run.OutputCompilation.SyntaxTrees.Count());
        Assert.Equal(version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable, run.OutputCompilation.Options.NullableContextOptions);
        Assert.Empty(run.CompilerDiagnostics);
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void ShippedCatalogue_GeneratesWithoutDiagnostics(LanguageVersion version)
    {
        var run = GeneratorDriverHelper.Run(FixtureCases.Project(version), Fixtures.ShippedWithLock);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(
            new[]
            {
                "MyHospital.Interventional.Catalogue.g.cs",
                "MyHospital.Interventional.Extensions.g.cs",
                "MyHospital.Interventional.Procedure.g.cs",
                "MyHospital.Interventional.ProcedureNames.g.cs",
                "MyHospital.Interventional.Specialty.g.cs",
            },
            run.HintNames);
    }

    [Fact]
    public void ShippedCatalogueWithoutItsLock_ReportsOnlyTheMissingLock()
    {
        var run = GeneratorDriverHelper.Run(Fixtures.Shipped);

        Assert.Equal(new[] { "CSDK2000 (1,1)" }, run.GeneratorDiagnostics.Select(Describe));
        Assert.Equal(5, run.Sources.Count);
    }

    [Fact]
    public void Fixtures_ReportOnlyTheDiagnosticsTheyAreMeantTo()
    {
        Assert.Empty(GeneratorDriverHelper.Run(FixtureCases.Get("abbreviations.txt")).DiagnosticsBesidesMissingLock);
        Assert.Empty(GeneratorDriverHelper.Run(FixtureCases.Get("two-specialties.txt")).DiagnosticsBesidesMissingLock);
        Assert.Equal(
            new[] { "CSDK1019 (5,1)", "CSDK1021 (6,1)", "CSDK1021 (7,1)", "CSDK1021 (12,1)" },
            GeneratorDriverHelper.Run(FixtureCases.Get("identifiers.txt")).DiagnosticsBesidesMissingLock.Select(Describe));
    }

    /// <summary>A consumer written in C# 7.3 syntax, so it compiles in both kinds of project.</summary>
    private const string Consumer = """
        using System.Text;
        using CatalogSdk;
        using MyHospital.Interventional;

        namespace MyHospital.Scheduling
        {
            internal static class Usage
            {
                internal static string Describe()
                {
                    var text = new StringBuilder();

                    ProcedureInfo<Procedure, Specialty> info = Catalogue.Get(Procedure.冠状动脉造影术);
                    text.Append(info.Name).Append(info.GradeLabel).Append(info.PrimarySpecialty);

                    Procedure found;
                    text.Append(Catalogue.TryFind("经颈静脉肝内门体分流术(TIPS)", out found)).Append(found);
                    text.Append(Catalogue.TryFind(" ＰＴＣＡ ", out found)).Append(found);
                    text.Append(Catalogue.TryFind("ptca", out found)).Append(found);
                    text.Append(Catalogue.TryFind("冠状动脉 造影术", out found)).Append(found);

                    var byName = Catalogue.Find("经皮冠状动脉腔内血管成形术[PTCA]");
                    text.Append(byName != null ? byName.Abbreviation : "none");

                    text.Append(Catalogue.ByGrade(SurgicalGrade.Grade4).Count);
                    text.Append(Catalogue.BySpecialtyAndGrade(Specialty.心血管疾病, SurgicalGrade.Grade3).Count);
                    foreach (ProcedureInfo<Procedure, Specialty> p in Catalogue.BySpecialty(Specialty.综合介入))
                    {
                        text.Append(p.Id);
                    }

                    foreach (ProcedureInfo<Procedure, Specialty> rule in Catalogue.CatchAllRules)
                    {
                        text.Append(rule.IsCatchAll);
                    }

                    switch (info.Name)
                    {
                        case ProcedureNames.冠状动脉造影术:
                            text.Append("constant");
                            break;
                    }

                    text.Append(Procedure.冠状动脉造影术.GetName())
                        .Append(Procedure.冠状动脉造影术.GetGrade().GetLabel())
                        .Append(Procedure.冠状动脉造影术.GetInfo().HasSpecialty(Specialty.心血管疾病))
                        .Append(Procedure.冠状动脉造影术.IsDefined())
                        .Append(Specialty.综合介入.GetName())
                        .Append(Specialty.综合介入.GetInfo().Heading)
                        .Append(Catalogue.Get(Specialty.神经血管).Order)
                        .Append(Catalogue.Title)
                        .Append(Catalogue.EntryCount);

                    ProcedureInfo<Procedure, Specialty> tried;
                    if (Catalogue.TryGet(Procedure.冠状动脉造影术, out tried))
                    {
                        text.Append(tried.Grade);
                    }

                    return text.ToString();
                }
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void ConsumerUsingTheApi_Compiles(LanguageVersion version)
    {
        var run = GeneratorDriverHelper.Run(FixtureCases.Project(version).WithSources(Consumer), Fixtures.ShippedWithLock);

        Assert.Empty(run.CompilerDiagnostics);
    }

    [Fact]
    public void ConsumerCompileCheck_CatchesMisuse()
    {
        // The check above is only worth something if a wrong use of the API fails it.
        const string Misuse = "namespace MyHospital { internal static class Bad { internal static object M() { return MyHospital.Interventional.Procedure.不存在的手术; } } }";
        var run = GeneratorDriverHelper.Run(TestProject.Latest.WithSources(Misuse), Fixtures.ShippedWithLock);

        Assert.Contains(run.CompilerDiagnostics, d => d.Id == "CS0117");
    }

    private static string Describe(Diagnostic d)
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return d.Id + " (" + (start.Line + 1) + "," + (start.Character + 1) + ")";
    }
}
