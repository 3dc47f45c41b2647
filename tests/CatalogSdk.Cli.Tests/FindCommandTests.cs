using System.IO;
using System.Linq;
using System.Text.Json;
using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

public sealed class FindCommandTests
{
    [Theory]
    [InlineData("冠脉造影", "冠状动脉造影术")]
    [InlineData("冠狀動脈造影術", "冠状动脉造影术")]
    [InlineData("ptca", "经皮冠状动脉腔内血管成形术[PTCA]")]
    [InlineData("经皮冠状动脉腔内血管成形术", "经皮冠状动脉腔内血管成形术[PTCA]")]
    [InlineData("颈动脉血管成形、支架置入术", "颈动脉血管成型、支架植入术")]
    [InlineData("永久起搏器植入", "永久起搏器植入术")]
    public void The_first_row_is_the_procedure_meant(string text, string expected)
    {
        var result = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, text, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var first = json.RootElement.GetProperty("suggestions")[0];
        Assert.Equal(expected, first.GetProperty("name").GetString());
        Assert.InRange(first.GetProperty("score").GetDouble(), 0.3, 1.0);
    }

    [Fact]
    public void The_table_shows_grade_score_and_why()
    {
        var result = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, "冠脉造影", "--max", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.StdoutLines.Length); // header and two rows
        Assert.StartsWith("得分 Score", result.StdoutLines[0]);
        Assert.Contains("三级手术", result.StdoutLines[1]);
        Assert.Contains("冠状动脉造影术", result.StdoutLines[1]);
        Assert.Contains("口语简称", result.StdoutLines[1]);
        Assert.Contains("colloquial form", result.StdoutLines[1]);
    }

    [Fact]
    public void Vertebroplasty_lists_both_grades_and_says_the_grade_depends_on_the_qualifier()
    {
        var table = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, "椎体成形", "--max", "1");
        var json = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, "椎体成形", "--max", "1", "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains(table.StdoutLines, l => l.Contains("三级手术") && l.Contains(" *"));
        Assert.Contains(table.StdoutLines, l => l.Contains("四级手术") && l.Contains(" *"));
        Assert.Contains("手术级别取决于部位或病变等限定语（三级手术、四级手术）", table.Stdout);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.True(doc.RootElement.GetProperty("gradeDependsOnQualifier").GetBoolean());
        Assert.Equal(new[] { 3, 4 }, doc.RootElement.GetProperty("qualifierGrades").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        Assert.Equal(2, doc.RootElement.GetProperty("suggestions").GetArrayLength());
    }

    [Fact]
    public void No_match_exits_1()
    {
        var result = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, "阑尾切除术");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("没有找到匹配的手术。 No procedure matches.", result.Stdout);
    }

    [Fact]
    public void No_match_in_json_is_an_empty_list()
    {
        var result = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, "阑尾切除术", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("suggestions").GetArrayLength());
    }

    [Theory]
    [InlineData("find")]
    [InlineData("find", "FILE")]
    [InlineData("find", "FILE", "冠脉", "--max", "0")]
    [InlineData("find", "FILE", "冠脉", "--max", "many")]
    [InlineData("find", "FILE", "冠脉", "--format", "xml")]
    [InlineData("find", "FILE", "冠脉", "--no-such-option")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var result = CatalogTool.Run(args.Select(a => a == "FILE" ? CatalogTool.ShippedCatalogue : a).ToArray());

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void An_unreadable_catalogue_exits_2()
    {
        using var dir = new TempDirectory();

        var result = CatalogTool.Run("find", dir.Combine("missing.txt"), "冠脉");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("找不到文件。 File not found.", result.Stderr);
    }

    [Fact]
    public void A_catalogue_with_errors_exits_2()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("errors.txt", Fixtures.WithErrors);

        var result = CatalogTool.Run("find", path, "造影");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + "(7,3): error CSDK1011: ", result.Stderr);
    }

    [Fact]
    public void A_hospital_synonym_table_is_used()
    {
        using var dir = new TempDirectory();
        var synonyms = dir.Write("hospital-synonyms.txt", "多根导管冠状动脉造影 = 多导造影\n");

        var result = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, "多导造影", "--synonyms", synonyms, "--max", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("多根导管冠状动脉造影", result.StdoutLines[1]);
    }

    [Fact]
    public void A_bad_hospital_synonym_line_exits_2_with_its_position()
    {
        using var dir = new TempDirectory();
        var synonyms = dir.Write("hospital-synonyms.txt", "# 本院\n多导造影\n");

        var result = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, "多导造影", "--synonyms", synonyms);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains(synonyms + "(2,1): error: 缺少「=」或「~」", result.Stderr);
    }

    [Fact]
    public void A_missing_synonym_file_exits_2()
    {
        using var dir = new TempDirectory();

        var result = CatalogTool.Run("find", CatalogTool.ShippedCatalogue, "冠脉", "--synonyms", dir.Combine("none.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("无法读取文件", result.Stderr);
    }
}
