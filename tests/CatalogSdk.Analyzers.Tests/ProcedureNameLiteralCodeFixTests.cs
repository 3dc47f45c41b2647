using System;
using System.Threading.Tasks;
using CatalogSdk.Analyzers.Tests.Support;
using CatalogSdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>
/// CSDK3004's fix: the literal becomes the generated constant, with a using directive when that is safe. The testing
/// library also applies each fix through fix-all in the document, the project and the solution.
/// </summary>
public sealed class ProcedureNameLiteralCodeFixTests
{
    private const string MyHospitalKey = ProcedureNameLiteralCodeFixProvider.EquivalenceKeyPrefix + "MyHospital.Catalog";
    private const string RegionalKey = ProcedureNameLiteralCodeFixProvider.EquivalenceKeyPrefix + "Regional.Catalog";

    private static Task FixAsync(string source, string fixedSource) =>
        new CatalogueCodeFixTest<ProcedureNameLiteralAnalyzer, ProcedureNameLiteralCodeFixProvider>(source, fixedSource)
        {
            CodeActionEquivalenceKey = MyHospitalKey,
        }.RunAsync();

    [Fact]
    public Task Literal_becomes_the_constant_and_the_using_is_added() => FixAsync("""
        class Reports
        {
            const string Key = {|CSDK3004:"冠状动脉造影术"|};

            string Sql() => {|CSDK3004:" 动脉导管插入术 "|};
        }
        """, """
        using MyHospital.Catalog;

        class Reports
        {
            const string Key = ProcedureNames.冠状动脉造影术;

            string Sql() => ProcedureNames.动脉导管插入术;
        }
        """);

    [Fact]
    public Task The_using_joins_the_existing_ones_in_order() => FixAsync("""
        using System;
        using System.Collections.Generic;

        class Reports
        {
            Dictionary<string, int> Counts = new Dictionary<string, int> { [{|CSDK3004:"冠状动脉造影术"|}] = 0 };
        }
        """, """
        using System;
        using System.Collections.Generic;
        using MyHospital.Catalog;

        class Reports
        {
            Dictionary<string, int> Counts = new Dictionary<string, int> { [ProcedureNames.冠状动脉造影术] = 0 };
        }
        """);

    [Fact]
    public Task With_the_using_already_there_only_the_literals_change() => FixAsync("""
        using System;
        using MyHospital.Catalog;

        class ConfigKeyAttribute : Attribute
        {
            public ConfigKeyAttribute(string key) { }
        }

        class Handler
        {
            [ConfigKey({|CSDK3004:"冠状动脉支架植入术"|})]
            void Run(string name = {|CSDK3004:"冠状动脉造影术"|}) { }

            int Route(string name)
            {
                switch (name)
                {
                    case {|CSDK3004:"冠状动脉造影术"|}: // angiography
                        return 1;
                    default:
                        return name == {|CSDK3004:@"动脉导管插入术"|} ? 2 : 0;
                }
            }
        }
        """, """
        using System;
        using MyHospital.Catalog;

        class ConfigKeyAttribute : Attribute
        {
            public ConfigKeyAttribute(string key) { }
        }

        class Handler
        {
            [ConfigKey(ProcedureNames.冠状动脉支架植入术)]
            void Run(string name = ProcedureNames.冠状动脉造影术) { }

            int Route(string name)
            {
                switch (name)
                {
                    case ProcedureNames.冠状动脉造影术: // angiography
                        return 1;
                    default:
                        return name == ProcedureNames.动脉导管插入术 ? 2 : 0;
                }
            }
        }
        """);

    [Fact]
    public Task Inside_the_catalogue_namespace_no_using_is_needed() => FixAsync("""
        namespace MyHospital.Catalog.Reports
        {
            class Names
            {
                const string Key = {|CSDK3004:"冠状动脉造影术"|};
            }
        }
        """, """
        namespace MyHospital.Catalog.Reports
        {
            class Names
            {
                const string Key = ProcedureNames.冠状动脉造影术;
            }
        }
        """);

    [Fact]
    public Task When_the_using_would_make_a_name_ambiguous_the_constant_is_qualified() => FixAsync("""
        using Legacy;

        class Reports
        {
            // Legacy.Procedure: importing MyHospital.Catalog would make 'Procedure' ambiguous.
            Procedure Old = Procedure.冠状动脉造影术;

            const string Key = {|CSDK3004:"冠状动脉造影术"|};
        }
        """, """
        using Legacy;

        class Reports
        {
            // Legacy.Procedure: importing MyHospital.Catalog would make 'Procedure' ambiguous.
            Procedure Old = Procedure.冠状动脉造影术;

            const string Key = MyHospital.Catalog.ProcedureNames.冠状动脉造影术;
        }
        """);

    [Fact]
    public Task Two_catalogues_offer_one_action_each()
    {
        const string Source = """
            class Reports
            {
                const string Key = {|CSDK3004:"冠状动脉造影术"|};
            }
            """;
        return Task.WhenAll(
            TwoCatalogues(Source, """
                using MyHospital.Catalog;

                class Reports
                {
                    const string Key = ProcedureNames.冠状动脉造影术;
                }
                """, index: 0, MyHospitalKey).RunAsync(),
            TwoCatalogues(Source, """
                using Regional.Catalog;

                class Reports
                {
                    const string Key = ProcedureNames.冠状动脉造影术;
                }
                """, index: 1, RegionalKey).RunAsync());
    }

    [Fact]
    public Task The_other_catalogue_s_constant_is_qualified_where_ProcedureNames_is_taken() => TwoCatalogues("""
        using MyHospital.Catalog;

        class Reports
        {
            const string Key = {|CSDK3004:"冠状动脉造影术"|};
            const string Stent = ProcedureNames.冠状动脉支架植入术;
        }
        """, """
        using MyHospital.Catalog;

        class Reports
        {
            const string Key = Regional.Catalog.ProcedureNames.冠状动脉造影术;
            const string Stent = ProcedureNames.冠状动脉支架植入术;
        }
        """, index: 1, RegionalKey).RunAsync();

    [Fact]
    public Task Find_by_a_literal_name_becomes_the_typed_Get_and_TryFind_keeps_its_shape()
    {
        var test = new GeneratedCatalogueFixTest("""
            using MyHospital.Mini;

            class Lookups
            {
                string Grade() => Catalogue.Find({|CSDK3004:"冠状动脉造影术"|})?.Grade.ToString() ?? "";

                bool Known(out Procedure procedure) => Catalogue.TryFind({|CSDK3004:"冠状动脉支架植入术 "|}, out procedure);

                object Abbreviation() => Catalogue.Find("ptca");
            }
            """, """
            using MyHospital.Mini;

            class Lookups
            {
                string Grade() => Catalogue.Get(Procedure.冠状动脉造影术)?.Grade.ToString() ?? "";

                bool Known(out Procedure procedure) => Catalogue.TryFind(ProcedureNames.冠状动脉支架植入术, out procedure);

                object Abbreviation() => Catalogue.Find("ptca");
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Find_without_the_using_is_typed_and_the_using_added()
    {
        var test = new GeneratedCatalogueFixTest("""
            class Lookups
            {
                object Info() => MyHospital.Mini.Catalogue.Find({|CSDK3004:"冠状动脉造影术"|});
            }
            """, """
            using MyHospital.Mini;

            class Lookups
            {
                object Info() => MyHospital.Mini.Catalogue.Get(Procedure.冠状动脉造影术);
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Fixed_code_compiles_at_CSharp_7_3_against_a_catalogue_library()
    {
        var test = new CSharpCodeFixTest<ProcedureNameLiteralAnalyzer, ProcedureNameLiteralCodeFixProvider, DefaultVerifier>
        {
            TestCode = """
                class Routing
                {
                    const string Default = {|CSDK3004:"动脉导管插入术"|};

                    int Route(string name)
                    {
                        switch (name)
                        {
                            case {|CSDK3004:"冠状动脉造影术"|}:
                                return 1;
                            default:
                                return 0;
                        }
                    }
                }
                """,
            FixedCode = """
                using MyHospital.Catalog;

                class Routing
                {
                    const string Default = ProcedureNames.动脉导管插入术;

                    int Route(string name)
                    {
                        switch (name)
                        {
                            case ProcedureNames.冠状动脉造影术:
                                return 1;
                            default:
                                return 0;
                        }
                    }
                }
                """,
            ReferenceAssemblies = TestReferences.None,
            CodeActionEquivalenceKey = MyHospitalKey,
        };
        test.SolutionTransforms.Add(TestReferences.AddDefaults);
        test.SolutionTransforms.Add(TestReferences.Also(CatalogueLibrary.Reference));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp7_3)));
        return test.RunAsync();
    }

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Fix_all_types_every_document_of_the_scope_with_one_using_each(FixAllScope scope)
    {
        const string A = """
            using System;

            class A
            {
                const string Key = "冠状动脉造影术";

                string Sql() => " 动脉导管插入术 ";

                string Old() => "人工起搏器功能检查";
            }
            """;
        const string B = """
            using MyHospital.Catalog;

            class B
            {
                bool Is(string name) => name == "冠状动脉支架植入术" || name == "冠状动脉造影术";
            }
            """;
        const string C = """
            class C
            {
                string[] Names = { "经皮冠状动脉药物球囊扩张成形术", "冠状动脉造影术（旧）" };
            }
            """;

        var texts = await FixAllRunner.RunAsync(
            new ProcedureNameLiteralAnalyzer(),
            new ProcedureNameLiteralCodeFixProvider(),
            MyHospitalKey,
            scope,
            new[] { ("A.cs", A), ("B.cs", B) },
            new[] { ("C.cs", C) });

        // The retired name and the longer text stay: they are not CSDK3004's.
        Assert.Equal("""
            using System;
            using MyHospital.Catalog;

            class A
            {
                const string Key = ProcedureNames.冠状动脉造影术;

                string Sql() => ProcedureNames.动脉导管插入术;

                string Old() => "人工起搏器功能检查";
            }
            """, texts["A.cs"]);
        Assert.Equal(scope >= FixAllScope.Project ? """
            using MyHospital.Catalog;

            class B
            {
                bool Is(string name) => name == ProcedureNames.冠状动脉支架植入术 || name == ProcedureNames.冠状动脉造影术;
            }
            """ : B, texts["B.cs"]);
        Assert.Equal(scope == FixAllScope.Solution ? """
            using MyHospital.Catalog;

            class C
            {
                string[] Names = { ProcedureNames.经皮冠状动脉药物球囊扩张成形术, "冠状动脉造影术（旧）" };
            }
            """ : C, texts["C.cs"]);
    }

    private static CatalogueCodeFixTest<ProcedureNameLiteralAnalyzer, ProcedureNameLiteralCodeFixProvider> TwoCatalogues(
        string source, string fixedSource, int index, string key)
    {
        var test = new CatalogueCodeFixTest<ProcedureNameLiteralAnalyzer, ProcedureNameLiteralCodeFixProvider>(source, fixedSource)
        {
            CodeActionIndex = index,
            CodeActionEquivalenceKey = key,
        };
        test.TestState.Sources.Add((RegionalCatalogueSource.FileName, RegionalCatalogueSource.Text));
        test.FixedState.Sources.Add((RegionalCatalogueSource.FileName, RegionalCatalogueSource.Text));
        return test;
    }

    /// <summary>What the real generator emits for TestData/mini.txt and its lock (namespace MyHospital.Mini), then the fix.</summary>
    private sealed class GeneratedCatalogueFixTest : CSharpCodeFixTest<ProcedureNameLiteralAnalyzer, ProcedureNameLiteralCodeFixProvider, DefaultVerifier>
    {
        public GeneratedCatalogueFixTest(string source, string fixedSource)
        {
            TestCode = source;
            FixedCode = fixedSource;
            ReferenceAssemblies = TestReferences.None;
            SolutionTransforms.Add(TestReferences.AddDefaults);
            CodeActionEquivalenceKey = ProcedureNameLiteralCodeFixProvider.EquivalenceKeyPrefix + GeneratedMiniCatalogue.Namespace;
            foreach (var generated in GeneratedMiniCatalogue.Sources)
            {
                TestState.Sources.Add(generated);
                FixedState.Sources.Add(generated);
            }
        }
    }
}
