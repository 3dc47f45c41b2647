using System.Threading.Tasks;
using CatalogSdk.Analyzers.Tests.Support;
using CatalogSdk.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>
/// The code fixes, one keystroke each. The testing library also applies every fix through fix-all in the document, the
/// project and the solution (BatchFixer) and checks that each gives the same fixed code.
/// </summary>
public sealed class CodeFixTests
{
    private static Task RetiredAsync(string source, string fixedSource) =>
        new CatalogueCodeFixTest<RetiredProcedureAnalyzer, RetiredProcedureCodeFixProvider>(source, fixedSource).RunAsync();

    private static Task GradeAsync(string source, string fixedSource) =>
        new CatalogueCodeFixTest<ProcedureGradeAnalyzer, GradeMismatchCodeFixProvider>(source, fixedSource).RunAsync();

    [Fact]
    public Task Retired_procedure_is_replaced_by_its_successor_everywhere() => RetiredAsync("""
        using System;
        using MyHospital.Catalog;
        using static MyHospital.Catalog.Procedure;

        class HandlesAttribute : Attribute
        {
            public HandlesAttribute(object procedure) { }
        }

        [Handles({|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|})]
        class Scheduling
        {
            const Procedure Default = {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|};

            Procedure Qualified() => {|CSDK3001:global::MyHospital.Catalog.Procedure.经皮冠状动脉腔内血管成形术_PTCA|};

            Procedure Imported() => {|CSDK3001:经皮冠状动脉腔内血管成形术_PTCA|};

            // Retired in 2024 in favour of PTCA, itself retired in 2025: the fix goes to the current procedure.
            Procedure Chained() => {|CSDK3001:Procedure.冠状动脉球囊扩张术|};

            string Room(Procedure p)
            {
                switch (p)
                {
                    case {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|}:
                        return "导管室";
                    default:
                        return p is {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|} ? "?" : "手术室";
                }
            }
        }
        """, """
        using System;
        using MyHospital.Catalog;
        using static MyHospital.Catalog.Procedure;

        class HandlesAttribute : Attribute
        {
            public HandlesAttribute(object procedure) { }
        }

        [Handles(Procedure.经皮冠状动脉药物球囊扩张成形术)]
        class Scheduling
        {
            const Procedure Default = Procedure.经皮冠状动脉药物球囊扩张成形术;

            Procedure Qualified() => global::MyHospital.Catalog.Procedure.经皮冠状动脉药物球囊扩张成形术;

            Procedure Imported() => 经皮冠状动脉药物球囊扩张成形术;

            // Retired in 2024 in favour of PTCA, itself retired in 2025: the fix goes to the current procedure.
            Procedure Chained() => Procedure.经皮冠状动脉药物球囊扩张成形术;

            string Room(Procedure p)
            {
                switch (p)
                {
                    case Procedure.经皮冠状动脉药物球囊扩张成形术:
                        return "导管室";
                    default:
                        return p is Procedure.经皮冠状动脉药物球囊扩张成形术 ? "?" : "手术室";
                }
            }
        }
        """);

    [Fact]
    public Task Retired_procedure_without_successor_offers_no_fix()
    {
        const string Source = """
            using MyHospital.Catalog;

            class Scheduling
            {
                Procedure Default() => {|CSDK3001:Procedure.人工起搏器功能检查|};
            }
            """;
        return RetiredAsync(Source, Source);
    }

    [Fact]
    public Task Fix_all_reaches_every_document_of_the_project()
    {
        var test = new CatalogueCodeFixTest<RetiredProcedureAnalyzer, RetiredProcedureCodeFixProvider>("""
            using MyHospital.Catalog;

            class A
            {
                Procedure P() => {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|};
            }
            """, """
            using MyHospital.Catalog;

            class A
            {
                Procedure P() => Procedure.经皮冠状动脉药物球囊扩张成形术;
            }
            """);
        test.TestState.Sources.Add(("/0/B.cs", """
            using MyHospital.Catalog;

            class B
            {
                bool Q(Procedure p) => p == {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|} || p == {|CSDK3001:Procedure.冠状动脉球囊扩张术|};
            }
            """));
        test.FixedState.Sources.Add(("/0/B.cs", """
            using MyHospital.Catalog;

            class B
            {
                bool Q(Procedure p) => p == Procedure.经皮冠状动脉药物球囊扩张成形术 || p == Procedure.经皮冠状动脉药物球囊扩张成形术;
            }
            """));

        // Fix-all in the project or the solution fixes all three in one pass; in a document, one pass per document.
        test.NumberOfFixAllInProjectIterations = 1;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }

    [Fact]
    public Task Misgraded_constant_is_replaced_by_the_catalogue_grade_in_every_form() => GradeAsync("""
        using System.Collections.Generic;
        using CatalogSdk;
        using MyHospital.Catalog;

        [ExpectedGrade(Procedure.冠状动脉造影术, {|CSDK3003:SurgicalGrade.Grade3|})]
        class Tables
        {
            bool Compare() => Procedure.冠状动脉支架植入术.GetGrade() == {|CSDK3003:SurgicalGrade.Grade3|};

            bool Qualified() => Procedure.冠状动脉支架植入术.GetGrade() != {|CSDK3003:global::CatalogSdk.SurgicalGrade.Grade3|};

            bool Cast() => Procedure.冠状动脉支架植入术.GetGrade() == {|CSDK3003:(SurgicalGrade)3|};

            bool Pattern() => Procedure.冠状动脉造影术.GetGrade() is {|CSDK3003:SurgicalGrade.Grade3|};

            static readonly Dictionary<Procedure, SurgicalGrade> Added = new Dictionary<Procedure, SurgicalGrade>
            {
                { Procedure.冠状动脉造影术, {|CSDK3003:SurgicalGrade.Grade3|} },
            };

            static readonly Dictionary<Procedure, SurgicalGrade> Indexed = new Dictionary<Procedure, SurgicalGrade>
            {
                [Procedure.冠状动脉造影术] = {|CSDK3003:SurgicalGrade.Grade3|},
            };

            static readonly (Procedure, SurgicalGrade) Tuple = (Procedure.经皮冠状动脉药物球囊扩张成形术, {|CSDK3003:SurgicalGrade.Grade2|});

            SurgicalGrade Of(Procedure p) => p switch
            {
                Procedure.冠状动脉造影术 => {|CSDK3003:SurgicalGrade.Grade3|},
                _ => SurgicalGrade.Grade1,
            };
        }
        """, """
        using System.Collections.Generic;
        using CatalogSdk;
        using MyHospital.Catalog;

        [ExpectedGrade(Procedure.冠状动脉造影术, SurgicalGrade.Grade2)]
        class Tables
        {
            bool Compare() => Procedure.冠状动脉支架植入术.GetGrade() == SurgicalGrade.Grade4;

            bool Qualified() => Procedure.冠状动脉支架植入术.GetGrade() != global::CatalogSdk.SurgicalGrade.Grade4;

            bool Cast() => Procedure.冠状动脉支架植入术.GetGrade() == SurgicalGrade.Grade4;

            bool Pattern() => Procedure.冠状动脉造影术.GetGrade() is SurgicalGrade.Grade2;

            static readonly Dictionary<Procedure, SurgicalGrade> Added = new Dictionary<Procedure, SurgicalGrade>
            {
                { Procedure.冠状动脉造影术, SurgicalGrade.Grade2 },
            };

            static readonly Dictionary<Procedure, SurgicalGrade> Indexed = new Dictionary<Procedure, SurgicalGrade>
            {
                [Procedure.冠状动脉造影术] = SurgicalGrade.Grade2,
            };

            static readonly (Procedure, SurgicalGrade) Tuple = (Procedure.经皮冠状动脉药物球囊扩张成形术, SurgicalGrade.Grade3);

            SurgicalGrade Of(Procedure p) => p switch
            {
                Procedure.冠状动脉造影术 => SurgicalGrade.Grade2,
                _ => SurgicalGrade.Grade1,
            };
        }
        """);

    [Fact]
    public Task Grade_under_using_static_and_a_named_constant_are_replaced() => GradeAsync("""
        using CatalogSdk;
        using MyHospital.Catalog;
        using static CatalogSdk.SurgicalGrade;

        class Checks
        {
            const SurgicalGrade Assumed = Grade3;

            bool Imported() => Procedure.冠状动脉支架植入术.GetGrade() == {|CSDK3003:Grade3|};

            bool Named() => Procedure.冠状动脉支架植入术.GetGrade() == {|CSDK3003:Assumed|};
        }
        """, """
        using CatalogSdk;
        using MyHospital.Catalog;
        using static CatalogSdk.SurgicalGrade;

        class Checks
        {
            const SurgicalGrade Assumed = Grade3;

            bool Imported() => Procedure.冠状动脉支架植入术.GetGrade() == Grade4;

            bool Named() => Procedure.冠状动脉支架植入术.GetGrade() == Grade4;
        }
        """);

    [Fact]
    public Task Ambiguous_mismatches_offer_no_fix()
    {
        // Two wrong alternatives (replacing both would duplicate a case), and one arm for procedures of two grades
        // (reported once for each procedure).
        const string Source = """
            using CatalogSdk;
            using MyHospital.Catalog;

            class Checks
            {
                bool Either() => Procedure.冠状动脉支架植入术.GetGrade() is {|CSDK3003:SurgicalGrade.Grade1|} or {|CSDK3003:SurgicalGrade.Grade2|};

                SurgicalGrade Of(Procedure p) => p switch
                {
                    Procedure.冠状动脉支架植入术 or Procedure.经皮冠状动脉药物球囊扩张成形术 => {|#0:SurgicalGrade.Grade2|},
                    _ => SurgicalGrade.Grade1,
                };
            }
            """;
        var test = new CatalogueCodeFixTest<ProcedureGradeAnalyzer, GradeMismatchCodeFixProvider>(Source, Source);
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.GradeMismatch).WithLocation(0)
            .WithArguments("冠状动脉支架植入术", "二级手术", "四级手术", "", "Grade4", "2", "4", ""));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.GradeMismatch).WithLocation(0)
            .WithArguments("经皮冠状动脉药物球囊扩张成形术", "二级手术", "三级手术", "", "Grade3", "2", "3", ""));
        test.FixedState.ExpectedDiagnostics.AddRange(test.TestState.ExpectedDiagnostics);
        return test.RunAsync();
    }
}
