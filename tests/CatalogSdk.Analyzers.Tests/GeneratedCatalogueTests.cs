using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using CatalogSdk.Analyzers.Tests.Support;
using CatalogSdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>
/// The real generator over TestData/mini.txt and the lock 'catalog lock update --edition 2025' wrote for it, then the
/// analyzers over a consumer of the generated code: the analyzers work on what the generator really emits, and stay
/// silent inside it (the generated tables reference retired members by design, and spell every name as a string).
/// </summary>
public sealed class GeneratedCatalogueTests
{
    [Fact]
    public Task Analyzers_report_on_code_that_uses_the_generated_catalogue()
    {
        var test = new GeneratedCatalogueTest("""
            using CatalogSdk;
            using MyHospital.Mini;

            class Scheduling
            {
                Procedure Pacemaker() => {|#0:Procedure.人工起搏器功能检查|};

                Procedure Angioplasty() => {|#1:Procedure.经皮冠状动脉腔内血管成形术_PTCA|};

                string OldName() => {|CSDK3002:"经皮冠状动脉腔内血管成形术（PTCA）"|};

                string Name() => {|CSDK3004:"冠状动脉造影术"|};

                bool Angiography() => Procedure.冠状动脉造影术.GetGrade() == {|#2:SurgicalGrade.Grade3|};

                bool Stent() => Catalogue.Get(Procedure.冠状动脉支架植入术).Grade == SurgicalGrade.Grade4;

                static readonly (Procedure, SurgicalGrade) Balloon = (Procedure.经皮冠状动脉药物球囊扩张成形术, SurgicalGrade.Grade3);

                [AllowRetiredProcedures("读取 2025 年以前的病案首页")]
                Procedure Old() => Procedure.人工起搏器功能检查;
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.RetiredProcedure).WithLocation(0).WithArguments(
            "人工起搏器功能检查",
            "2025",
            "它没有后继手术：请删除这个引用；只为读取旧数据的代码可标注 [AllowRetiredProcedures(\"原因\")]",
            "It has no successor: remove this reference; code that only reads old data can be marked [AllowRetiredProcedures(\"reason\")]"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.RetiredProcedure).WithLocation(1).WithArguments(
            "经皮冠状动脉腔内血管成形术[PTCA]",
            "2025",
            "它由「经皮冠状动脉药物球囊扩张成形术」取代：请改用 Procedure.经皮冠状动脉药物球囊扩张成形术",
            "It is succeeded by '经皮冠状动脉药物球囊扩张成形术': use Procedure.经皮冠状动脉药物球囊扩张成形术 instead"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.GradeMismatch).WithLocation(2).WithArguments(
            "冠状动脉造影术", "三级手术", "二级手术", "（2025 版由三级手术改为二级手术）", "Grade2", "3", "2", " (edition 2025 changed it from grade 3 to grade 2)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Generated_code_alone_is_silent() => new GeneratedCatalogueTest("""
        class Empty
        {
        }
        """).RunAsync();

    /// <summary>Both analyzers, the generator, and the catalogue and lock where a project's catalog/ folder holds them.</summary>
    private sealed class GeneratedCatalogueTest : CSharpAnalyzerTest<RetiredProcedureAnalyzer, DefaultVerifier>
    {
        public GeneratedCatalogueTest(string source)
        {
            TestCode = source;
            ReferenceAssemblies = TestReferences.None;
            SolutionTransforms.Add(TestReferences.AddDefaults);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            TestState.AdditionalFiles.Add(("/0/catalog/mini.txt", ReadTestData("mini.txt")));
            TestState.AdditionalFiles.Add(("/0/catalog/mini.lock", ReadTestData("mini.lock")));
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
                is_global = true
                build_property.CatalogSdkNamespace = MyHospital.Mini
                """));
        }

        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(CatalogueGenerator) };

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            new DiagnosticAnalyzer[] { new RetiredProcedureAnalyzer(), new ProcedureGradeAnalyzer(), new ProcedureNameLiteralAnalyzer() };

        private static string ReadTestData(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
    }
}
