using System;
using System.Globalization;
using System.Linq;
using CatalogSdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// Identifiers="Ascii" (per catalogue) and CatalogSdkIdentifiers (project-wide): every identifier the generator
/// declares is ASCII, names and lookups stay Chinese, English names reach ProcedureInfo.EnglishName, and a wrong
/// setting is CSDK1025 at the catalogue.
/// </summary>
public sealed class AsciiModeTests
{
    [Theory]
    [InlineData("interventional.txt (Ascii)")]
    [InlineData("ascii.txt")]
    public void Every_declared_identifier_is_ASCII_and_the_code_compiles_at_CSharp_7_3(string fixture)
    {
        var run = GeneratorDriverHelper.Run(TestProject.CSharp7_3, FixtureCases.Get(fixture));

        Assert.Empty(run.CompilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var declared = run.Sources
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes())
            .Select(n => n switch
            {
                BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                EnumMemberDeclarationSyntax m => m.Identifier.ValueText,
                VariableDeclaratorSyntax v => v.Identifier.ValueText,
                MethodDeclarationSyntax m => m.Identifier.ValueText,
                PropertyDeclarationSyntax p => p.Identifier.ValueText,
                ParameterSyntax p => p.Identifier.ValueText,
                _ => null,
            })
            .Where(i => i is not null)
            .ToList();
        Assert.NotEmpty(declared);
        Assert.All(declared, i => Assert.True(i!.All(c => c < 128), i));
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("\"冠状动脉造影术\"")); // names stay Chinese
    }

    [Theory]
    [InlineData("a */ b /* c")]
    [InlineData("</summary> <see cref=\"x\"/> & &amp;")]
    [InlineData("\"quoted\" \\ back\\slash {0} $\"x\"")]
    [InlineData("#if DEBUG")]
    public void English_names_that_look_like_code_or_markup_stay_data(string english)
    {
        var text = "测试目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n冠状动脉造影术 @en " + english + "\n";

        foreach (var project in new[] { TestProject.Latest, TestProject.CSharp7_3 })
        {
            var run = GeneratorDriverHelper.Run(project, TestFile.Catalogue("risky.txt", text) with { Identifiers = "Ascii" });

            Assert.Empty(run.CompilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            using var generated = GeneratedAssembly.Load(run.OutputCompilation);
            var procedure = Enum.GetValues(generated.GetType("MyHospital.Risky.Procedure")).GetValue(0);
            var info = generated.Call("MyHospital.Risky.Catalogue", "Get", procedure);
            Assert.Equal(english, info!.GetType().GetProperty("EnglishName")!.GetValue(info));
        }
    }

    [Fact]
    public void Specialties_carry_the_overlay_English_name_and_null_without_one()
    {
        var run = GeneratorDriverHelper.Run(Fixtures.ShippedAscii);
        using var generated = GeneratedAssembly.Load(run.OutputCompilation);
        var specialties = ((System.Collections.IEnumerable)generated.Property("MyHospital.Interventional.Catalogue", "Specialties")!).Cast<object>().ToList();
        string? English(object info) => (string?)info.GetType().GetProperty("EnglishName")!.GetValue(info);
        string Name(object info) => (string)info.GetType().GetProperty("Name")!.GetValue(info)!;

        Assert.Equal("Cardiovascular", English(specialties.Single(s => Name(s) == "心血管疾病")));
        Assert.All(specialties, s => Assert.False(string.IsNullOrEmpty(English(s)), Name(s) + " has no English name"));

        var chinese = GeneratorDriverHelper.Run(TestFile.Catalogue("ascii.txt", Fixtures.Ascii));
        using var plain = GeneratedAssembly.Load(chinese.OutputCompilation);
        var first = ((System.Collections.IEnumerable)plain.Property("MyHospital.Ascii.Catalogue", "Specialties")!).Cast<object>().First();
        Assert.Null(English(first));
    }

    [Fact]
    public void Chinese_is_still_the_default_mode()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("ascii.txt", Fixtures.Ascii));

        Assert.Contains("冠状动脉血管内超声_IVUS = 3,", run.Source("MyHospital.Ascii.Procedure.g.cs"));
    }

    [Fact]
    public void Item_metadata_wins_over_the_project_property()
    {
        var run = GeneratorDriverHelper.Run(
            TestProject.Latest with { CatalogSdkIdentifiers = "Ascii" },
            TestFile.Catalogue("ascii.txt", Fixtures.Ascii) with { Identifiers = "Chinese" });

        Assert.Contains("冠状动脉血管内超声_IVUS = 3,", run.Source("MyHospital.Ascii.Procedure.g.cs"));
    }

    [Theory]
    [InlineData("English", null)]
    [InlineData(null, "Pinyin")]
    public void An_unknown_mode_is_CSDK1025_at_the_start_of_the_catalogue_and_names_the_allowed_values(string? metadata, string? property)
    {
        var file = TestFile.Catalogue("ascii.txt", Fixtures.Ascii) with { Identifiers = metadata };

        var run = GeneratorDriverHelper.Run(TestProject.Latest with { CatalogSdkIdentifiers = property }, file);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CSDK1025");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(file.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(metadata ?? property!, message);
        Assert.Contains("Chinese", message);
        Assert.Contains("Ascii", message);
    }

    [Fact]
    public void Ascii_collisions_are_CSDK1019_at_the_later_procedure_and_Chinese_ones_are_not_reported()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("ascii.txt", Fixtures.Ascii) with { Identifiers = "Ascii" });

        var collision = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CSDK1019");
        Assert.Equal(9, collision.Location.GetLineSpan().StartLinePosition.Line); // line 10: 经皮穿次术
        Assert.Contains("JingPiChuanCiShu_6", collision.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CSDK1021"); // the Chinese identifier _3D… is not used
    }

    [Fact]
    public void Overlay_diagnostics_are_warnings_located_in_the_overlay()
    {
        var overlay = TestFile.Catalogue("ascii.en.tsv", "# test\n经皮穿刺术\tPercutaneous puncture\n经皮穿刺\tTypo\n经皮穿刺术\tAgain\n无制表符\n")
            with { EnglishNamesFlag = "true" };

        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("ascii.txt", Fixtures.Ascii) with { Identifiers = "Ascii" }, overlay);

        var found = run.GeneratorDiagnostics
            .Where(d => d.Location.GetLineSpan().Path == overlay.Path)
            .Select(d => (d.Id, d.Severity, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1))
            .OrderBy(d => d.Line)
            .ToArray();
        Assert.Equal(
            new[] { ("CSDK1027", DiagnosticSeverity.Warning, 3), ("CSDK1028", DiagnosticSeverity.Warning, 4), ("CSDK1026", DiagnosticSeverity.Warning, 5) },
            found);
        Assert.Contains("PercutaneousPuncture = 5,", run.Source("MyHospital.Ascii.Procedure.g.cs"));
    }

    [Fact]
    public void An_overlay_is_picked_up_only_beside_its_catalogue_or_when_the_metadata_names_it()
    {
        var elsewhere = new TestFile("/src/MyHospital/other/ascii.en.tsv", "经皮穿刺术\tPercutaneous puncture\n") with { EnglishNamesFlag = "true" };

        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("ascii.txt", Fixtures.Ascii) with { Identifiers = "Ascii" }, elsewhere);

        Assert.Contains("JingPiChuanCiShu = 5,", run.Source("MyHospital.Ascii.Procedure.g.cs"));
    }

    [Fact]
    public void Names_lookups_and_English_names_at_run_time()
    {
        var run = GeneratorDriverHelper.Run(Fixtures.ShippedAscii);
        using var generated = GeneratedAssembly.Load(run.OutputCompilation);
        const string catalogue = "MyHospital.Interventional.Catalogue";
        var procedureType = generated.GetType("MyHospital.Interventional.Procedure");

        var arguments = new object?[] { "冠状动脉造影术", null };
        Assert.True((bool)generated.Call(catalogue, "TryFind", arguments)!);
        Assert.Equal("CoronaryAngiography", Enum.GetName(procedureType, arguments[1]!));
        var info = generated.Call(catalogue, "Get", arguments[1]);
        Assert.Equal("冠状动脉造影术", info!.GetType().GetProperty("Name")!.GetValue(info));
        Assert.Equal("Coronary angiography", info.GetType().GetProperty("EnglishName")!.GetValue(info));

        var ptca = new object?[] { "ptca", null };
        Assert.True((bool)generated.Call(catalogue, "TryFind", ptca)!);
        Assert.Equal("PercutaneousTransluminalCoronaryAngioplasty", Enum.GetName(procedureType, ptca[1]!));
        Assert.Equal("冠状动脉造影术", generated.GetType("MyHospital.Interventional.ProcedureNames").GetField("CoronaryAngiography")!.GetValue(null));
        Assert.Equal("Cardiovascular", Enum.GetName(generated.GetType("MyHospital.Interventional.Specialty"), 1));
    }

    [Fact]
    public void Without_an_English_name_EnglishName_is_null()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("ascii.txt", Fixtures.Ascii) with { Identifiers = "Ascii" });
        using var generated = GeneratedAssembly.Load(run.OutputCompilation);
        var procedure = Enum.Parse(generated.GetType("MyHospital.Ascii.Procedure"), "JingPiChuanCiShu");

        var info = generated.Call("MyHospital.Ascii.Catalogue", "Get", procedure);

        Assert.Null(info!.GetType().GetProperty("EnglishName")!.GetValue(info));
    }

    [Fact]
    public void The_default_namespace_is_ASCII_too()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("介入目录.txt", Fixtures.Ascii) with { Identifiers = "Ascii" });

        Assert.Contains("MyHospital.JieRuMuLu.Procedure.g.cs", run.HintNames);
    }
}
