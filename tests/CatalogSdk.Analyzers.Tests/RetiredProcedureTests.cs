using System.Threading.Tasks;
using CatalogSdk.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>CSDK3001: references to retired procedures, in every place C# can write one, and where they stay silent.</summary>
public sealed class RetiredProcedureTests
{
    [Fact]
    public Task Expression_is_reported() => Verify.RetiredAsync("""
        using MyHospital.Catalog;

        class Scheduling
        {
            Procedure Default() => {|CSDK3001:Procedure.人工起搏器功能检查|};

            bool IsPacemakerCheck(Procedure p) => p == {|CSDK3001:Procedure.人工起搏器功能检查|};
        }
        """);

    [Fact]
    public Task Current_procedure_is_silent() => Verify.RetiredAsync("""
        using MyHospital.Catalog;

        class Scheduling
        {
            Procedure Default() => Procedure.动脉导管插入术;

            bool IsCatheter(Procedure p) => p == Procedure.经皮冠状动脉药物球囊扩张成形术;
        }
        """);

    [Fact]
    public Task Constants_defaults_and_initializers_are_reported() => Verify.RetiredAsync("""
        using MyHospital.Catalog;

        class Settings
        {
            const Procedure ConstField = {|CSDK3001:Procedure.人工起搏器功能检查|};
            static readonly Procedure Field = {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|};
            Procedure Property { get; } = {|CSDK3001:Procedure.人工起搏器功能检查|};

            int Local()
            {
                const Procedure local = {|CSDK3001:Procedure.人工起搏器功能检查|};
                return (int)local;
            }

            void Schedule(Procedure p = {|CSDK3001:Procedure.人工起搏器功能检查|}) { }
        }
        """);

    [Fact]
    public Task Attribute_arguments_are_reported() => Verify.RetiredAsync("""
        using System;
        using MyHospital.Catalog;

        [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
        class HandlesAttribute : Attribute
        {
            public HandlesAttribute(params object[] procedures) { }
            public Procedure Also { get; set; }
        }

        [Handles({|CSDK3001:Procedure.人工起搏器功能检查|}, Procedure.动脉导管插入术)]
        class Handler
        {
            [Handles(Also = {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|})]
            void Run([Handles({|CSDK3001:Procedure.人工起搏器功能检查|})] int x) { }

            [Handles(Procedure.动脉导管插入术, Legacy.Procedure.人工起搏器功能检查)]
            void Current() { }
        }
        """);

    [Fact]
    public Task Patterns_and_case_labels_are_reported() => Verify.RetiredAsync("""
        using MyHospital.Catalog;

        class Routing
        {
            bool Is(Procedure p) => p is {|CSDK3001:Procedure.人工起搏器功能检查|} or Procedure.动脉导管插入术;

            bool IsNot(Procedure p) => p is not {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|};

            string Room(Procedure p)
            {
                switch (p)
                {
                    case {|CSDK3001:Procedure.人工起搏器功能检查|}:
                        return "门诊";
                    case Procedure.冠状动脉支架植入术:
                        return "导管室";
                    default:
                        return "手术室";
                }
            }

            string Team(Procedure p) => p switch
            {
                {|CSDK3001:Procedure.经皮冠状动脉腔内血管成形术_PTCA|} => "心内科",
                _ => "介入科",
            };
        }
        """);

    [Fact]
    public Task Names_brought_in_by_using_static_and_qualified_names_are_reported() => Verify.RetiredAsync("""
        using static MyHospital.Catalog.Procedure;

        class Routing
        {
            MyHospital.Catalog.Procedure A() => {|CSDK3001:人工起搏器功能检查|};

            MyHospital.Catalog.Procedure B() => {|CSDK3001:global::MyHospital.Catalog.Procedure.经皮冠状动脉腔内血管成形术_PTCA|};

            MyHospital.Catalog.Procedure C() => 动脉导管插入术;

            string D() => nameof({|CSDK3001:人工起搏器功能检查|});
        }
        """);

    [Fact]
    public Task Look_alike_enum_with_the_same_names_is_silent() => Verify.RetiredAsync("""
        using Legacy;

        class OldSystem
        {
            const Procedure Pacemaker = Procedure.人工起搏器功能检查;

            string Room(Procedure p)
            {
                switch (p)
                {
                    case Procedure.人工起搏器功能检查:
                        return "门诊";
                    default:
                        return p is Procedure.经皮冠状动脉腔内血管成形术_PTCA ? "导管室" : "手术室";
                }
            }
        }
        """);

    [Fact]
    public Task Message_names_the_procedure_the_edition_and_that_there_is_no_successor()
    {
        var test = new CatalogueAnalyzerTest<RetiredProcedureAnalyzer>("""
            using MyHospital.Catalog;

            class Scheduling
            {
                Procedure Default() => {|#0:Procedure.人工起搏器功能检查|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.RetiredProcedure)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error)
            .WithArguments(
                "人工起搏器功能检查",
                "2025",
                "它没有后继手术：请删除这个引用；只为读取旧数据的代码可标注 [AllowRetiredProcedures(\"原因\")]",
                "It has no successor: remove this reference; code that only reads old data can be marked [AllowRetiredProcedures(\"reason\")]"));
        return test.RunAsync();
    }

    [Fact]
    public Task Message_names_the_successor()
    {
        var test = new CatalogueAnalyzerTest<RetiredProcedureAnalyzer>("""
            using MyHospital.Catalog;

            class Scheduling
            {
                Procedure Default() => {|#0:Procedure.经皮冠状动脉腔内血管成形术_PTCA|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.RetiredProcedure)
            .WithLocation(0)
            .WithArguments(
                "经皮冠状动脉腔内血管成形术[PTCA]",
                "2025",
                "它由「经皮冠状动脉药物球囊扩张成形术」取代：请改用 Procedure.经皮冠状动脉药物球囊扩张成形术",
                "It is succeeded by '经皮冠状动脉药物球囊扩张成形术': use Procedure.经皮冠状动脉药物球囊扩张成形术 instead"));
        return test.RunAsync();
    }

    [Fact]
    public Task Successor_that_was_retired_in_turn_leads_to_the_current_procedure()
    {
        var test = new CatalogueAnalyzerTest<RetiredProcedureAnalyzer>("""
            using MyHospital.Catalog;

            class Scheduling
            {
                Procedure Default() => {|#0:Procedure.冠状动脉球囊扩张术|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.RetiredProcedure)
            .WithLocation(0)
            .WithArguments(
                "冠状动脉球囊扩张术",
                "2024",
                "它由「经皮冠状动脉药物球囊扩张成形术」取代：请改用 Procedure.经皮冠状动脉药物球囊扩张成形术",
                "It is succeeded by '经皮冠状动脉药物球囊扩张成形术': use Procedure.经皮冠状动脉药物球囊扩张成形术 instead"));
        return test.RunAsync();
    }

    [Fact]
    public Task Marked_method_property_constructor_and_local_function_are_silent_and_the_rest_is_not() => Verify.RetiredAsync("""
        using System;
        using CatalogSdk;
        using MyHospital.Catalog;

        class Migration
        {
            [AllowRetiredProcedures("读取 2025 年以前的病案首页")]
            Migration() { var p = Procedure.人工起搏器功能检查; }

            [AllowRetiredProcedures("读取旧数据")]
            Procedure Old => Procedure.人工起搏器功能检查;

            [AllowRetiredProcedures("读取旧数据")]
            Procedure OldWithAccessor { get { return Procedure.经皮冠状动脉腔内血管成形术_PTCA; } }

            [AllowRetiredProcedures("读取旧数据")]
            bool IsOld(Procedure p)
            {
                Func<bool> lambda = () => p == Procedure.人工起搏器功能检查;
                return Local() || lambda();

                bool Local() => p switch { Procedure.经皮冠状动脉腔内血管成形术_PTCA => true, _ => false };
            }

            bool NotMarked(Procedure p)
            {
                return Local();

                [AllowRetiredProcedures("只有这个本地函数读取旧数据")]
                bool Local() => p == Procedure.人工起搏器功能检查;
            }

            Procedure Unmarked() => {|CSDK3001:Procedure.人工起搏器功能检查|};
        }
        """);

    [Fact]
    public Task Marked_type_covers_its_members_nested_types_and_attributes() => Verify.RetiredAsync("""
        using System;
        using CatalogSdk;
        using MyHospital.Catalog;

        class HandlesAttribute : Attribute
        {
            public HandlesAttribute(object procedure) { }
        }

        [AllowRetiredProcedures("旧数据迁移")]
        [Handles(Procedure.人工起搏器功能检查)]
        class Migration
        {
            static readonly Procedure Field = Procedure.人工起搏器功能检查;

            [Handles(Procedure.经皮冠状动脉腔内血管成形术_PTCA)]
            void Run() { }

            struct Nested
            {
                Procedure P() => Procedure.经皮冠状动脉腔内血管成形术_PTCA;
            }
        }

        class Other
        {
            [AllowRetiredProcedures("仅此方法")]
            [Handles(Procedure.人工起搏器功能检查)]
            void Marked() { }

            [Handles({|CSDK3001:Procedure.人工起搏器功能检查|})]
            void Unmarked() { }
        }
        """);

    [Fact]
    public Task Nothing_is_reported_without_a_catalogue() =>
        new CatalogueAnalyzerTest<RetiredProcedureAnalyzer>("""
            class Plain
            {
                enum Procedure { 人工起搏器功能检查 = 1 }

                Procedure P() => Procedure.人工起搏器功能检查;

                string Name() => "人工起搏器功能检查";
            }
            """, withCatalogue: false).RunAsync();

    [Fact]
    public Task Catalogue_in_a_referenced_assembly_is_found()
    {
        // A hospital keeps its catalogue in a shared library; the application references the built assembly.
        var test = new CatalogueAnalyzerTest<RetiredProcedureAnalyzer>("""
            using MyHospital.Catalog;

            class Scheduling
            {
                Procedure A() => {|CSDK3001:Procedure.人工起搏器功能检查|};

                Procedure B() => Procedure.动脉导管插入术;

                Legacy.Procedure C() => Legacy.Procedure.人工起搏器功能检查;

                string D() => {|CSDK3002:"人工起搏器功能检查"|};
            }
            """, withCatalogue: false);
        test.SolutionTransforms.Add(TestReferences.Also(CatalogueLibrary.Reference));
        return test.RunAsync();
    }
}
