using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

public sealed class ExportJsonTests
{
    private static readonly string[] s_rootProperties = { "catalogue", "specialties", "procedures" };
    private static readonly string[] s_specialtyProperties = { "order", "name", "heading", "identifier" };

    private static readonly string[] s_procedureProperties =
    {
        "id", "name", "identifier", "grade", "specialties", "abbreviation", "code", "catchAll", "line", "englishName",
    };

    private static JsonDocument ExportShipped(out string raw)
    {
        var result = CatalogTool.Run("export", CatalogTool.ShippedCatalogue, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        raw = result.Stdout;
        return JsonDocument.Parse(raw);
    }

    private static string[] Names(JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void ShippedCatalogue_HasTheDocumentedShape()
    {
        using var json = ExportShipped(out _);
        var root = json.RootElement;

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(s_rootProperties, Names(root));
        Assert.Equal(JsonValueKind.String, root.GetProperty("catalogue").ValueKind);
        Assert.Equal("介入诊疗手术分级目录", root.GetProperty("catalogue").GetString());

        var specialties = root.GetProperty("specialties");
        Assert.Equal(JsonValueKind.Array, specialties.ValueKind);
        Assert.Equal(4, specialties.GetArrayLength());
        foreach (var s in specialties.EnumerateArray())
        {
            Assert.Equal(s_specialtyProperties, Names(s));
            Assert.Equal(JsonValueKind.Number, s.GetProperty("order").ValueKind);
            Assert.Equal(JsonValueKind.String, s.GetProperty("name").ValueKind);
            Assert.Equal(JsonValueKind.String, s.GetProperty("heading").ValueKind);
            Assert.Equal(JsonValueKind.String, s.GetProperty("identifier").ValueKind);
        }

        var first = specialties[0];
        Assert.Equal(1, first.GetProperty("order").GetInt32());
        Assert.Equal("心血管疾病", first.GetProperty("name").GetString());
        Assert.Equal("（一）心血管疾病介入诊疗手术分级目录", first.GetProperty("heading").GetString());
        Assert.Equal("心血管疾病", first.GetProperty("identifier").GetString());
        Assert.Equal(
            new[] { "心血管疾病", "神经血管", "外周血管", "综合介入" },
            specialties.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToArray());

        var procedures = root.GetProperty("procedures");
        Assert.Equal(JsonValueKind.Array, procedures.ValueKind);
        foreach (var p in procedures.EnumerateArray())
        {
            Assert.Equal(s_procedureProperties, Names(p));
            Assert.Equal(JsonValueKind.Number, p.GetProperty("id").ValueKind);
            Assert.Equal(JsonValueKind.String, p.GetProperty("name").ValueKind);
            Assert.Equal(JsonValueKind.String, p.GetProperty("identifier").ValueKind);
            Assert.Equal(JsonValueKind.Number, p.GetProperty("grade").ValueKind);
            Assert.InRange(p.GetProperty("grade").GetInt32(), 1, 4);
            Assert.Equal(JsonValueKind.Array, p.GetProperty("specialties").ValueKind);
            Assert.NotEqual(0, p.GetProperty("specialties").GetArrayLength());
            Assert.All(p.GetProperty("specialties").EnumerateArray(), s => Assert.Equal(JsonValueKind.String, s.ValueKind));
            Assert.Contains(p.GetProperty("abbreviation").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            Assert.Contains(p.GetProperty("code").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            Assert.Contains(p.GetProperty("catchAll").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Equal(JsonValueKind.Number, p.GetProperty("line").ValueKind);
            Assert.True(p.GetProperty("line").GetInt32() > 0);
        }
    }

    [Fact]
    public void ShippedCatalogue_Has172Procedures_InIdOrder()
    {
        using var json = ExportShipped(out _);
        var ids = json.RootElement.GetProperty("procedures").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray();

        Assert.Equal(172, ids.Length);
        Assert.Equal(Enumerable.Range(1, 172), ids);
    }

    [Fact]
    public void Tips_HasTwoSpecialties_InCatalogueOrder()
    {
        using var json = ExportShipped(out _);
        var tips = json.RootElement.GetProperty("procedures").EnumerateArray()
            .Single(p => p.GetProperty("abbreviation").ValueKind == JsonValueKind.String && p.GetProperty("abbreviation").GetString() == "TIPS");

        Assert.Equal("经颈静脉肝内门体分流术（TIPS）", tips.GetProperty("name").GetString());
        Assert.Equal(
            new[] { "外周血管", "综合介入" },
            tips.GetProperty("specialties").EnumerateArray().Select(s => s.GetString()).ToArray());
        Assert.False(tips.GetProperty("catchAll").GetBoolean());
    }

    [Fact]
    public void English_names_come_from_the_overlay_beside_the_catalogue_and_at_in_the_line_wins()
    {
        using (var json = ExportShipped(out _))
        {
            var procedures = json.RootElement.GetProperty("procedures").EnumerateArray().ToList();
            var cag = procedures.Single(p => p.GetProperty("name").GetString() == "冠状动脉造影术");
            Assert.Equal("Coronary angiography", cag.GetProperty("englishName").GetString());
            Assert.All(procedures, p => Assert.Equal(JsonValueKind.String, p.GetProperty("englishName").ValueKind));
        }

        using var dir = new TempDirectory();
        var path = dir.Write("clean.txt", Fixtures.Clean.Replace("人工起搏器功能检查\n", "人工起搏器功能检查 @en Pacemaker check\n", System.StringComparison.Ordinal));
        dir.Write("clean.en.tsv", "人工起搏器功能检查\tPacemaker function check\n经皮冠状动脉腔内成形术[PTCA]\tPTCA\n");

        var result = CatalogTool.Run("export", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var exported = JsonDocument.Parse(result.Stdout);
        var english = exported.RootElement.GetProperty("procedures").EnumerateArray().Select(p => p.GetProperty("englishName").GetString()).ToArray();
        Assert.Equal(new[] { "Pacemaker check", "PTCA" }, english);

        File.Delete(dir.Combine("clean.en.tsv"));
        using var without = JsonDocument.Parse(CatalogTool.Run("export", path, "--format", "json").Stdout);
        Assert.Equal(
            new[] { "Pacemaker check", null },
            without.RootElement.GetProperty("procedures").EnumerateArray().Select(p => p.GetProperty("englishName").GetString()).ToArray());
    }

    [Fact]
    public void CatchAllRow_HasCatchAllTrue()
    {
        using var json = ExportShipped(out _);
        var catchAll = json.RootElement.GetProperty("procedures").EnumerateArray()
            .Where(p => p.GetProperty("catchAll").GetBoolean())
            .ToArray();

        var row = Assert.Single(catchAll);
        Assert.Equal("其他准予临床应用的新技术", row.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("code").ValueKind);
    }

    [Fact]
    public void Output_IsIndented_Unescaped_WithLfLineEnds()
    {
        ExportShipped(out var raw).Dispose();

        Assert.StartsWith("{\n  \"catalogue\": \"介入诊疗手术分级目录\",\n  \"specialties\": [\n", raw);
        Assert.DoesNotContain("\\u", raw);
        Assert.DoesNotContain('\r', raw);
        Assert.EndsWith("}\n", raw);
        Assert.False(raw.StartsWith('\uFEFF'));
    }

    [Fact]
    public void Codes_ComeOnlyFromAnnotations()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("csv.txt", Fixtures.ForCsv);

        var result = CatalogTool.Run("export", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var codes = json.RootElement.GetProperty("procedures").EnumerateArray()
            .Select(p => p.GetProperty("code").ValueKind == JsonValueKind.Null ? null : p.GetProperty("code").GetString())
            .ToArray();
        Assert.Equal(new[] { null, "00.66", null }, codes);
    }

    [Fact]
    public void CatalogueWithoutTitle_IsNamedAfterTheFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("my-hospital.txt", Fixtures.Clean.Substring(Fixtures.Clean.IndexOf('\n') + 1));

        var result = CatalogTool.Run("export", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("my-hospital", json.RootElement.GetProperty("catalogue").GetString());
    }

    [Fact]
    public void OutputDash_IsStandardOutput()
    {
        var result = CatalogTool.Run("export", CatalogTool.ShippedCatalogue, "--format", "json", "--output", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CatalogTool.Run("export", CatalogTool.ShippedCatalogue, "--format", "json").Stdout, result.Stdout);
    }

    [Fact]
    public void OutputFile_HoldsTheSameJson_AsUtf8WithoutBom()
    {
        using var dir = new TempDirectory();
        var target = dir.Combine("out.json");

        var result = CatalogTool.Run("export", CatalogTool.ShippedCatalogue, "--format", "json", "--output", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var bytes = File.ReadAllBytes(target);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal((byte)'{', bytes[0]);
        var stdout = CatalogTool.Run("export", CatalogTool.ShippedCatalogue, "--format", "json").Stdout;
        Assert.Equal(stdout, File.ReadAllText(target));
    }
}
