using System.Threading.Tasks;
using CatalogSdk.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CatalogSdk.Analyzers.Tests;

/// <summary>CSDK3002: string literals that are, under the catalogue's matching rule, the name of a retired procedure.</summary>
public sealed class RetiredProcedureNameTests
{
    [Fact]
    public Task Exact_name_is_reported_as_a_warning()
    {
        var test = new CatalogueAnalyzerTest<RetiredProcedureAnalyzer>("""
            class Reports
            {
                const string Key = {|#0:"人工起搏器功能检查"|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.RetiredProcedureName)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments(
                "人工起搏器功能检查",
                "2025",
                "它没有后继手术：请更新存有这个名称的数据或配置；只为读取旧数据的代码可标注 [AllowRetiredProcedures(\"原因\")]",
                "It has no successor: update the data or configuration that holds this name; code that only reads old data can be marked [AllowRetiredProcedures(\"reason\")]"));
        return test.RunAsync();
    }

    [Fact]
    public Task Message_names_the_successor_constant()
    {
        var test = new CatalogueAnalyzerTest<RetiredProcedureAnalyzer>("""
            class Reports
            {
                string Name() => {|#0:"经皮冠状动脉腔内血管成形术[PTCA]"|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AnalyzerDescriptors.RetiredProcedureName)
            .WithLocation(0)
            .WithArguments(
                "经皮冠状动脉腔内血管成形术[PTCA]",
                "2025",
                "它由「经皮冠状动脉药物球囊扩张成形术」取代：请改用新名称（ProcedureNames.经皮冠状动脉药物球囊扩张成形术），并更新存有旧名称的数据或配置",
                "It is succeeded by '经皮冠状动脉药物球囊扩张成形术': use the new name (ProcedureNames.经皮冠状动脉药物球囊扩张成形术) and update data or configuration that holds the old one"));
        return test.RunAsync();
    }

    [Fact]
    public Task Spellings_equal_under_the_matching_rule_are_reported() => Verify.RetiredAsync("""
        using System.Collections.Generic;

        class Configuration
        {
            // Full-width brackets, lower case, spaces, a full-width space: one name under CatalogueText.ToKey.
            string[] Keys() => new[]
            {
                {|CSDK3002:"经皮冠状动脉腔内血管成形术（ptca）"|},
                {|CSDK3002:" 经皮冠状动脉腔内血管成形术 [PTCA] "|},
                {|CSDK3002:"人工起搏器　功能检查"|},
                {|CSDK3002:@"冠状动脉球囊扩张术"|},
            };

            string Sql(int id) => id switch
            {
                1 => {|CSDK3002:"人工起搏器功能检查"|},
                _ => "动脉导管插入术",
            };
        }
        """);

    [Fact]
    public Task Current_names_longer_text_and_other_strings_are_silent() => Verify.RetiredAsync("""
        class Reports
        {
            const string Current = "动脉导管插入术";
            const string Successor = "经皮冠状动脉药物球囊扩张成形术";

            // A longer text that contains a retired name is not the name: matching is by the whole string.
            const string Sql = "SELECT * FROM surgery WHERE name = '人工起搏器功能检查'";
            const string Prefix = "人工起搏器功能检查（旧）";
            const string Empty = "";
            const char Letter = '人';

            string Interpolated(int id) => $"{id}人工起搏器功能检查{id}";
            byte[] Utf8() => "人工起搏器功能检查"u8.ToArray();
        }
        """);

    [Fact]
    public Task Attribute_arguments_and_case_labels_are_reported() => Verify.RetiredAsync("""
        using System;

        class ConfigKeyAttribute : Attribute
        {
            public ConfigKeyAttribute(string key) { }
        }

        class Handler
        {
            [ConfigKey({|CSDK3002:"人工起搏器功能检查"|})]
            void Run() { }

            [ConfigKey("动脉导管插入术")]
            void Current() { }

            int Route(string name)
            {
                switch (name)
                {
                    case {|CSDK3002:"经皮冠状动脉腔内血管成形术[PTCA]"|}:
                        return 1;
                    default:
                        return 0;
                }
            }
        }
        """);

    [Fact]
    public Task Marked_code_is_silent() => Verify.RetiredAsync("""
        using System;
        using CatalogSdk;

        class ConfigKeyAttribute : Attribute
        {
            public ConfigKeyAttribute(string key) { }
        }

        [AllowRetiredProcedures("把旧名称映射到新手术")]
        class NameMigration
        {
            static readonly string[] OldNames = { "人工起搏器功能检查", "经皮冠状动脉腔内血管成形术[PTCA]" };

            [ConfigKey("人工起搏器功能检查")]
            void Run() { }
        }

        class Reports
        {
            [AllowRetiredProcedures("读取旧报表")]
            string Old() => "人工起搏器功能检查";

            string New() => {|CSDK3002:"人工起搏器功能检查"|};
        }
        """);

    [Fact]
    public Task Rule_can_be_turned_off_in_editorconfig()
    {
        var test = new CatalogueAnalyzerTest<RetiredProcedureAnalyzer>("""
            class Reports
            {
                const string Key = "人工起搏器功能检查";
                MyHospital.Catalog.Procedure P() => {|CSDK3001:MyHospital.Catalog.Procedure.人工起搏器功能检查|};
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.CSDK3002.severity = none
            """));
        return test.RunAsync();
    }
}
