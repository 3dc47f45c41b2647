using System.Threading.Tasks;
using CatalogSdk.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>
/// CSDK3003: a constant procedure paired in code with a constant grade the catalogue does not give it. In the test
/// catalogue 动脉导管插入术 is grade 2, 冠状动脉造影术 grade 2 (regraded from 3 in 2025), 冠状动脉支架植入术 grade 4 and
/// 经皮冠状动脉药物球囊扩张成形术 grade 3.
/// </summary>
public sealed class GradeMismatchTests
{
    [Fact]
    public Task Comparisons_with_the_catalogue_grade_of_a_constant_procedure_are_reported() => Verify.GradeAsync("""
        using CatalogSdk;
        using MyHospital.Catalog;

        class Checks
        {
            bool A() => Catalogue.Get(Procedure.冠状动脉支架植入术).Grade == {|CSDK3003:SurgicalGrade.Grade3|};
            bool B() => Procedure.冠状动脉支架植入术.GetInfo().Grade != {|CSDK3003:SurgicalGrade.Grade2|};
            bool C() => {|CSDK3003:SurgicalGrade.Grade1|} == Procedure.动脉导管插入术.GetGrade();
            bool D() => Procedure.经皮冠状动脉药物球囊扩张成形术.GetGrade() == {|CSDK3003:(SurgicalGrade)4|};
        }
        """);

    [Fact]
    public Task Comparisons_with_the_right_grade_or_with_non_constants_are_silent() => Verify.GradeAsync("""
        using CatalogSdk;
        using MyHospital.Catalog;

        class Checks
        {
            const SurgicalGrade Four = SurgicalGrade.Grade4;

            bool Right() => Catalogue.Get(Procedure.冠状动脉支架植入术).Grade == SurgicalGrade.Grade4;
            bool RightConstant() => Procedure.冠状动脉支架植入术.GetGrade() == Four;
            bool NotConstantProcedure(Procedure p) => p.GetGrade() == SurgicalGrade.Grade1;
            bool NotConstantGrade(SurgicalGrade g) => Procedure.冠状动脉支架植入术.GetGrade() == g;
            bool CatalogueOwnValue() => Procedure.冠状动脉支架植入术.GetGrade() == Catalogue.Get(Procedure.冠状动脉支架植入术).Grade;
            bool Threshold() => Procedure.冠状动脉支架植入术.GetGrade() >= SurgicalGrade.Grade3;
            bool LookAlike() => Legacy.LegacyExtensions.GetGrade(Legacy.Procedure.冠状动脉支架植入术) == SurgicalGrade.Grade2;
        }
        """);

    [Fact]
    public Task Is_patterns_are_reported_unless_one_alternative_is_the_catalogue_grade() => Verify.GradeAsync("""
        using CatalogSdk;
        using MyHospital.Catalog;

        class Checks
        {
            bool A() => Procedure.冠状动脉支架植入术.GetGrade() is {|CSDK3003:SurgicalGrade.Grade3|};
            bool B() => Procedure.冠状动脉支架植入术.GetGrade() is not {|CSDK3003:SurgicalGrade.Grade2|};
            bool C() => Procedure.冠状动脉支架植入术.GetGrade() is {|CSDK3003:SurgicalGrade.Grade1|} or {|CSDK3003:SurgicalGrade.Grade2|};

            bool Right() => Procedure.冠状动脉支架植入术.GetGrade() is SurgicalGrade.Grade4;
            bool OneRight() => Procedure.冠状动脉支架植入术.GetGrade() is SurgicalGrade.Grade3 or SurgicalGrade.Grade4;
            bool Relational() => Procedure.冠状动脉支架植入术.GetGrade() is > SurgicalGrade.Grade2;
            bool NotConstant(Procedure p) => p.GetGrade() is SurgicalGrade.Grade3;
        }
        """);

    [Fact]
    public Task Switches_over_the_grade_of_a_constant_procedure_are_reported_unless_they_cover_the_catalogue_grade() => Verify.GradeAsync("""
        using CatalogSdk;
        using MyHospital.Catalog;

        class Routing
        {
            string Wrong()
            {
                switch (Procedure.冠状动脉造影术.GetGrade())
                {
                    case {|CSDK3003:SurgicalGrade.Grade3|}:
                        return "三级手术授权";
                    default:
                        return "其他";
                }
            }

            string WrongArm() => Catalogue.Get(Procedure.冠状动脉造影术).Grade switch
            {
                {|CSDK3003:SurgicalGrade.Grade3|} => "三级手术授权",
                _ => "其他",
            };

            // Every grade is covered, the catalogue's included: a table, not a claim about this procedure.
            string Table() => Procedure.冠状动脉造影术.GetGrade() switch
            {
                SurgicalGrade.Grade1 => "一级",
                SurgicalGrade.Grade2 => "二级",
                SurgicalGrade.Grade3 => "三级",
                _ => "四级",
            };

            string NotConstant(Procedure p) => p.GetGrade() switch
            {
                SurgicalGrade.Grade3 => "三级",
                _ => "其他",
            };
        }
        """);

    [Fact]
    public Task Switch_statement_over_a_procedure_returning_a_constant_grade_is_reported() => Verify.GradeAsync("""
        using System.Collections.Generic;
        using CatalogSdk;
        using MyHospital.Catalog;

        class Grades
        {
            SurgicalGrade Of(Procedure p)
            {
                switch (p)
                {
                    case Procedure.动脉导管插入术:
                        return SurgicalGrade.Grade2;
                    case Procedure.冠状动脉造影术:
                        return {|CSDK3003:SurgicalGrade.Grade3|};
                    case Procedure.冠状动脉支架植入术:
                    {
                        return {|CSDK3003:SurgicalGrade.Grade3|};
                    }
                    default:
                        return SurgicalGrade.Grade1;
                }
            }

            IEnumerable<SurgicalGrade> Yielded(Procedure p)
            {
                switch (p)
                {
                    case Procedure.经皮冠状动脉药物球囊扩张成形术:
                        yield return {|CSDK3003:SurgicalGrade.Grade4|};
                        break;
                    case Procedure.冠状动脉支架植入术:
                        yield return SurgicalGrade.Grade4;
                        break;
                }
            }

            SurgicalGrade LookAlike(Legacy.Procedure p)
            {
                switch (p)
                {
                    case Legacy.Procedure.冠状动脉造影术:
                        return SurgicalGrade.Grade3;
                    default:
                        return SurgicalGrade.Grade1;
                }
            }

            SurgicalGrade NotConstant(Procedure p, SurgicalGrade fallback)
            {
                switch (p)
                {
                    case Procedure.冠状动脉造影术:
                        return fallback;
                    default:
                        return SurgicalGrade.Grade3;
                }
            }
        }
        """);

    [Fact]
    public Task Switch_expression_arms_over_a_procedure_are_reported() => Verify.GradeAsync("""
        using CatalogSdk;
        using MyHospital.Catalog;

        class Grades
        {
            SurgicalGrade Of(Procedure p) => p switch
            {
                Procedure.动脉导管插入术 => SurgicalGrade.Grade2,
                Procedure.冠状动脉造影术 => {|CSDK3003:SurgicalGrade.Grade3|},
                Procedure.冠状动脉支架植入术 or Procedure.经皮冠状动脉药物球囊扩张成形术 => {|CSDK3003:SurgicalGrade.Grade4|},
                _ => SurgicalGrade.Grade1,
            };

            SurgicalGrade? Nullable(Procedure p) => p switch
            {
                Procedure.冠状动脉支架植入术 => {|CSDK3003:SurgicalGrade.Grade2|},
                _ => null,
            };

            SurgicalGrade LookAlike(Legacy.Procedure p) => p switch
            {
                Legacy.Procedure.冠状动脉造影术 => SurgicalGrade.Grade3,
                _ => SurgicalGrade.Grade1,
            };

            int NotAGrade(Procedure p) => p switch
            {
                Procedure.冠状动脉造影术 => 3,
                _ => 0,
            };
        }
        """);

    [Fact]
    public Task Collection_and_dictionary_initializers_are_reported() => Verify.GradeAsync("""
        using System.Collections.Generic;
        using CatalogSdk;
        using MyHospital.Catalog;

        class Tables
        {
            static readonly Dictionary<Procedure, SurgicalGrade> Added = new Dictionary<Procedure, SurgicalGrade>
            {
                { Procedure.动脉导管插入术, SurgicalGrade.Grade2 },
                { Procedure.冠状动脉造影术, {|CSDK3003:SurgicalGrade.Grade3|} },
            };

            static readonly Dictionary<Procedure, SurgicalGrade> Indexed = new Dictionary<Procedure, SurgicalGrade>
            {
                [Procedure.冠状动脉支架植入术] = SurgicalGrade.Grade4,
                [Procedure.经皮冠状动脉药物球囊扩张成形术] = {|CSDK3003:SurgicalGrade.Grade2|},
            };

            static readonly Dictionary<Legacy.Procedure, SurgicalGrade> LookAlikeAdded = new Dictionary<Legacy.Procedure, SurgicalGrade>
            {
                { Legacy.Procedure.冠状动脉造影术, SurgicalGrade.Grade3 },
            };

            static readonly Dictionary<Legacy.Procedure, SurgicalGrade> LookAlikeIndexed = new Dictionary<Legacy.Procedure, SurgicalGrade>
            {
                [Legacy.Procedure.动脉导管插入术] = SurgicalGrade.Grade4,
            };

            static Dictionary<Procedure, SurgicalGrade> NotConstantAdded(Procedure p, SurgicalGrade g) => new Dictionary<Procedure, SurgicalGrade>
            {
                { p, SurgicalGrade.Grade1 },
                { Procedure.冠状动脉造影术, g },
            };

            static Dictionary<Procedure, SurgicalGrade> NotConstantIndexed(Procedure p, SurgicalGrade g) => new Dictionary<Procedure, SurgicalGrade>
            {
                [p] = SurgicalGrade.Grade4,
                [Procedure.冠状动脉造影术] = g,
            };

            // An assignment statement is not an initialiser: a table a program fills in may hold local overrides.
            static void Override(Dictionary<Procedure, SurgicalGrade> table) => table[Procedure.冠状动脉造影术] = SurgicalGrade.Grade3;
        }
        """);

    [Fact]
    public Task Tuples_are_reported() => Verify.GradeAsync("""
        using System.Collections.Generic;
        using CatalogSdk;
        using MyHospital.Catalog;

        class Tables
        {
            static readonly List<(Procedure Procedure, SurgicalGrade Grade)> List = new List<(Procedure, SurgicalGrade)>
            {
                (Procedure.动脉导管插入术, SurgicalGrade.Grade2),
                (Procedure.冠状动脉造影术, {|CSDK3003:SurgicalGrade.Grade3|}),
            };

            static readonly (SurgicalGrade, Procedure, string) Reversed = ({|CSDK3003:SurgicalGrade.Grade1|}, Procedure.冠状动脉支架植入术, "备注");

            static readonly (Legacy.Procedure, SurgicalGrade) LookAlike = (Legacy.Procedure.冠状动脉造影术, SurgicalGrade.Grade3);

            static (Procedure, SurgicalGrade) NotConstant(Procedure p) => (p, SurgicalGrade.Grade3);

            // Two procedures and one grade: which pair is meant is not clear, so nothing is said.
            static readonly (Procedure, Procedure, SurgicalGrade) Ambiguous = (Procedure.冠状动脉造影术, Procedure.冠状动脉支架植入术, SurgicalGrade.Grade3);
        }
        """);

    [Fact]
    public Task Expected_grade_attribute_is_reported() => Verify.GradeAsync("""
        using CatalogSdk;
        using MyHospital.Catalog;

        [ExpectedGrade(Procedure.冠状动脉支架植入术, SurgicalGrade.Grade4)]
        [ExpectedGrade(Procedure.冠状动脉造影术, {|CSDK3003:SurgicalGrade.Grade3|})]
        class AngiographyHandler
        {
            [ExpectedGrade(grade: {|CSDK3003:SurgicalGrade.Grade1|}, procedure: Procedure.动脉导管插入术)]
            void Handle() { }

            [ExpectedGrade(Legacy.Procedure.冠状动脉造影术, SurgicalGrade.Grade3)]
            [ExpectedGrade(3, SurgicalGrade.Grade3)]
            int Field;
        }
        """);

    [Fact]
    public Task Message_names_the_grades_and_the_regrade()
    {
        var test = new CatalogueAnalyzerTest<ProcedureGradeAnalyzer>("""
            using CatalogSdk;
            using MyHospital.Catalog;

            class Checks
            {
                bool A() => Procedure.冠状动脉造影术.GetGrade() == {|#0:SurgicalGrade.Grade3|};
                bool B() => Procedure.冠状动脉支架植入术.GetGrade() == {|#1:SurgicalGrade.Grade3|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.GradeMismatch)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error)
            .WithArguments("冠状动脉造影术", "三级手术", "二级手术", "（2025 版由三级手术改为二级手术）", "Grade2", "3", "2", " (edition 2025 changed it from grade 3 to grade 2)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.GradeMismatch)
            .WithLocation(1)
            .WithArguments("冠状动脉支架植入术", "三级手术", "四级手术", "", "Grade4", "3", "4", ""));
        return test.RunAsync();
    }

    [Fact]
    public Task Nothing_is_reported_without_a_catalogue() =>
        new CatalogueAnalyzerTest<ProcedureGradeAnalyzer>("""
            using CatalogSdk;

            enum Procedure { 冠状动脉造影术 = 3 }

            class Checks
            {
                static readonly (Procedure, SurgicalGrade) Pair = (Procedure.冠状动脉造影术, SurgicalGrade.Grade3);
            }
            """, withCatalogue: false).RunAsync();
}
