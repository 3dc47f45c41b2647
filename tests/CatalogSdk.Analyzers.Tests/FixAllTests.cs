using System.Threading.Tasks;
using CatalogSdk.Analyzers.Tests.Support;
using CatalogSdk.CodeFixes;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>
/// Fix-all through each provider's FixAllProvider, at each scope: a document fixes only itself, a project every document of
/// the project, a solution every project. (The testing library skips fix-all when a provider offers none; these do not.)
/// </summary>
public sealed class FixAllTests
{
    private const string RetiredA = """
        using MyHospital.Catalog;

        class A
        {
            Procedure P() => Procedure.经皮冠状动脉腔内血管成形术_PTCA;
            Procedure Q() => Procedure.冠状动脉球囊扩张术;
        }
        """;

    private const string RetiredB = """
        using MyHospital.Catalog;

        class B
        {
            bool Is(Procedure p) => p is Procedure.经皮冠状动脉腔内血管成形术_PTCA;
        }
        """;

    private const string GradeA = """
        using CatalogSdk;
        using MyHospital.Catalog;

        class A
        {
            bool P() => Procedure.冠状动脉造影术.GetGrade() == SurgicalGrade.Grade3;
            static readonly (Procedure, SurgicalGrade) Q = (Procedure.冠状动脉支架植入术, SurgicalGrade.Grade3);
        }
        """;

    private const string GradeB = """
        using CatalogSdk;
        using MyHospital.Catalog;

        [ExpectedGrade(Procedure.冠状动脉造影术, SurgicalGrade.Grade3)]
        class B
        {
        }
        """;

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Successor_fix_applies_to_the_whole_scope(FixAllScope scope)
    {
        var texts = await FixAllRunner.RunAsync(
            new RetiredProcedureAnalyzer(),
            new RetiredProcedureCodeFixProvider(),
            RetiredProcedureCodeFixProvider.EquivalenceKey,
            scope,
            new[] { ("A.cs", RetiredA), ("B.cs", RetiredB) },
            new[] { ("C.cs", RetiredB.Replace("class B", "class C")) });

        const string New = "Procedure.经皮冠状动脉药物球囊扩张成形术";
        Assert.Equal(RetiredA.Replace("Procedure.经皮冠状动脉腔内血管成形术_PTCA", New).Replace("Procedure.冠状动脉球囊扩张术", New), texts["A.cs"]);
        Assert.Equal(scope >= FixAllScope.Project ? RetiredB.Replace("Procedure.经皮冠状动脉腔内血管成形术_PTCA", New) : RetiredB, texts["B.cs"]);
        var c = RetiredB.Replace("class B", "class C");
        Assert.Equal(scope == FixAllScope.Solution ? c.Replace("Procedure.经皮冠状动脉腔内血管成形术_PTCA", New) : c, texts["C.cs"]);
    }

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Catalogue_grade_fix_applies_to_the_whole_scope(FixAllScope scope)
    {
        var texts = await FixAllRunner.RunAsync(
            new ProcedureGradeAnalyzer(),
            new GradeMismatchCodeFixProvider(),
            GradeMismatchCodeFixProvider.EquivalenceKey,
            scope,
            new[] { ("A.cs", GradeA), ("B.cs", GradeB) },
            new[] { ("C.cs", GradeB.Replace("class B", "class C")) });

        Assert.Equal(
            GradeA.Replace("GetGrade() == SurgicalGrade.Grade3", "GetGrade() == SurgicalGrade.Grade2")
                  .Replace("冠状动脉支架植入术, SurgicalGrade.Grade3", "冠状动脉支架植入术, SurgicalGrade.Grade4"),
            texts["A.cs"]);
        var fixedB = GradeB.Replace("SurgicalGrade.Grade3", "SurgicalGrade.Grade2");
        Assert.Equal(scope >= FixAllScope.Project ? fixedB : GradeB, texts["B.cs"]);
        var c = GradeB.Replace("class B", "class C");
        Assert.Equal(scope == FixAllScope.Solution ? fixedB.Replace("class B", "class C") : c, texts["C.cs"]);
    }
}
