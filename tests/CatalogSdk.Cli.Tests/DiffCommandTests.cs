using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

public sealed class DiffCommandTests
{
    private const string NoChanges = "没有变更。 No changes.";
    private const string DiffRefused = "目录有错误，无法比较。 A catalogue has errors; it cannot be compared.";

    private static (string Old, string New) Pair(TempDirectory dir, string oldText, string newText) =>
        (dir.Write("v1.txt", oldText), dir.Write("v2.txt", newText));

    private static JsonElement[] JsonChanges(CliResult result, string oldPath, string newPath)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(oldPath, root.GetProperty("old").GetString());
        Assert.Equal(newPath, root.GetProperty("new").GetString());
        return root.GetProperty("changes").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string[] Properties(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    private static string[] Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToArray();

    // ---- Exit code 0: nothing changed. ----

    [Fact]
    public void Identical_files_exit_zero()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1);

        var result = CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { NoChanges }, result.StdoutLines);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void A_file_compared_with_itself_exits_zero()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("v1.txt", Editions.V1);

        Assert.Equal(0, CatalogTool.Run("diff", path, path).ExitCode);
    }

    [Fact]
    public void Reordered_lines_whitespace_comments_and_bracket_width_exit_zero()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1Reordered);

        var result = CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { NoChanges }, result.StdoutLines);
    }

    [Fact]
    public void Reordered_lines_in_json_have_an_empty_change_list()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1Reordered);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(JsonChanges(result, oldPath, newPath));
    }

    [Fact]
    public void No_changes_in_markdown()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "### 目录变更 Catalogue changes: `v1.txt` → `v2.txt`", string.Empty, NoChanges }, result.StdoutLines);
    }

    // ---- Exit code 1: changes, in each format. ----

    [Fact]
    public void Changes_exit_one_with_a_table()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V2);

        var result = CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var lines = result.StdoutLines;
        Assert.Equal(5, lines.Length);
        Assert.Equal(new[] { "变更 Change", "ID", "名称 Name", "详情 Details" }, Editions.Columns(lines[0]));
        Assert.Equal(new[] { "升级 regraded up", "2", "动脉导管插入术", "二级手术 → 三级手术" }, Editions.Columns(lines[1]));
        Assert.Equal(new[] { "停用 retired", "4", "左心室造影", "无后继 no successor" }, Editions.Columns(lines[2]));
        Assert.Equal(new[] { "新增 added", "6", "经皮球囊瓣膜成形术", "三级手术 · 心血管疾病" }, Editions.Columns(lines[3]));
        Assert.Equal("新增 1，停用 1，改名 0，级别变更 1，专科变更 0，其他 0。 1 added, 1 retired, 0 renamed, 1 regraded, 0 specialty changes, 0 other.", lines[4]);
    }

    [Fact]
    public void Table_is_the_default_format()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V2);

        Assert.Equal(CatalogTool.Run("diff", oldPath, newPath).Stdout, CatalogTool.Run("diff", oldPath, newPath, "--format", "table").Stdout);
    }

    [Fact]
    public void Table_of_renames_specialties_successors_and_regrades_down()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V3);

        var result = CatalogTool.Run("diff", oldPath, newPath, "-f", "table");

        Assert.Equal(1, result.ExitCode);
        var rows = result.StdoutLines.Skip(1).Take(5).Select(Editions.Columns).ToArray();
        Assert.Equal(new[] { "专科变更 specialties", "1", "人工起搏器功能检查", "心血管疾病 → 心血管疾病、外周血管" }, rows[0]);
        Assert.Equal(new[] { "降级 regraded down", "2", "动脉导管插入术", "二级手术 → 一级手术" }, rows[1]);
        Assert.Equal(new[] { "改名 renamed", "3", "冠状动脉造影检查", "原名 was「冠状动脉造影术」" }, rows[2]);
        Assert.Equal(new[] { "停用 retired", "4", "左心室造影", "由 ID 6 取代 succeeded by ID 6" }, rows[3]);
        Assert.Equal(new[] { "新增 added", "6", "左心室造影术", "三级手术 · 心血管疾病" }, rows[4]);
        Assert.Equal("新增 1，停用 1，改名 1，级别变更 1，专科变更 1，其他 0。 1 added, 1 retired, 1 renamed, 1 regraded, 1 specialty changes, 0 other.", result.StdoutLines[6]);
    }

    [Fact]
    public void Json_gives_every_field_of_added_retired_and_regraded_up()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V2);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var changes = JsonChanges(result, oldPath, newPath);
        Assert.Equal(3, changes.Length);

        var regraded = changes[0];
        Assert.Equal(new[] { "kind", "id", "name", "grade", "oldGrade", "direction", "specialties", "catchAll" }, Properties(regraded));
        Assert.Equal("regraded", regraded.GetProperty("kind").GetString());
        Assert.Equal(2, regraded.GetProperty("id").GetInt32());
        Assert.Equal("动脉导管插入术", regraded.GetProperty("name").GetString());
        Assert.Equal(3, regraded.GetProperty("grade").GetInt32());
        Assert.Equal(2, regraded.GetProperty("oldGrade").GetInt32());
        Assert.Equal("up", regraded.GetProperty("direction").GetString());
        Assert.Equal(new[] { "心血管疾病" }, Strings(regraded, "specialties"));
        Assert.False(regraded.GetProperty("catchAll").GetBoolean());

        var retired = changes[1];
        Assert.Equal(new[] { "kind", "id", "name", "grade", "specialties", "catchAll", "successorId" }, Properties(retired));
        Assert.Equal("retired", retired.GetProperty("kind").GetString());
        Assert.Equal(4, retired.GetProperty("id").GetInt32());
        Assert.Equal("左心室造影", retired.GetProperty("name").GetString());
        Assert.Equal(3, retired.GetProperty("grade").GetInt32());
        Assert.Equal(JsonValueKind.Null, retired.GetProperty("successorId").ValueKind);

        var added = changes[2];
        Assert.Equal(new[] { "kind", "id", "name", "grade", "specialties", "catchAll" }, Properties(added));
        Assert.Equal("added", added.GetProperty("kind").GetString());
        Assert.Equal(6, added.GetProperty("id").GetInt32());
        Assert.Equal("经皮球囊瓣膜成形术", added.GetProperty("name").GetString());
        Assert.Equal(3, added.GetProperty("grade").GetInt32());
        Assert.Equal(new[] { "心血管疾病" }, Strings(added, "specialties"));
    }

    [Fact]
    public void Json_gives_renames_specialty_changes_successors_and_regrades_down()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V3);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var changes = JsonChanges(result, oldPath, newPath);
        Assert.Equal(
            new[] { ("specialtiesChanged", 1), ("regraded", 2), ("renamed", 3), ("retired", 4), ("added", 6) },
            changes.Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("id").GetInt32())));

        var specialties = changes[0];
        Assert.Equal(new[] { "心血管疾病", "外周血管" }, Strings(specialties, "specialties"));
        Assert.Equal(new[] { "心血管疾病" }, Strings(specialties, "oldSpecialties"));
        Assert.Equal(1, specialties.GetProperty("grade").GetInt32());

        var down = changes[1];
        Assert.Equal(1, down.GetProperty("grade").GetInt32());
        Assert.Equal(2, down.GetProperty("oldGrade").GetInt32());
        Assert.Equal("down", down.GetProperty("direction").GetString());

        var renamed = changes[2];
        Assert.Equal("冠状动脉造影检查", renamed.GetProperty("name").GetString());
        Assert.Equal("冠状动脉造影术", renamed.GetProperty("oldName").GetString());
        Assert.Equal(3, renamed.GetProperty("grade").GetInt32());
        Assert.False(renamed.TryGetProperty("oldGrade", out _));
        Assert.False(renamed.TryGetProperty("successorId", out _));

        var retired = changes[3];
        Assert.Equal("左心室造影", retired.GetProperty("name").GetString());
        Assert.Equal(6, retired.GetProperty("successorId").GetInt32());

        var added = changes[4];
        Assert.Equal("左心室造影术", added.GetProperty("name").GetString());
        Assert.False(added.TryGetProperty("successorId", out _));
        Assert.False(added.TryGetProperty("oldName", out _));
    }

    [Fact]
    public void Json_keeps_chinese_text_unescaped()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V2);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "json");

        Assert.Contains("\"name\": \"经皮球囊瓣膜成形术\"", result.Stdout);
    }

    [Fact]
    public void Markdown_is_a_table_for_a_pull_request()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V2);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "markdown");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "### 目录变更 Catalogue changes: `v1.txt` → `v2.txt`",
                string.Empty,
                "| 变更 Change | ID | 名称 Name | 详情 Details |",
                "|---|---:|---|---|",
                "| 升级 regraded up | 2 | 动脉导管插入术 | 二级手术 → 三级手术 |",
                "| 停用 retired | 4 | 左心室造影 | 无后继 no successor |",
                "| 新增 added | 6 | 经皮球囊瓣膜成形术 | 三级手术 · 心血管疾病 |",
                string.Empty,
                "新增 1，停用 1，改名 0，级别变更 1，专科变更 0，其他 0。 1 added, 1 retired, 0 renamed, 1 regraded, 0 specialty changes, 0 other.",
            },
            result.StdoutLines);
    }

    [Fact]
    public void Unknown_format_is_rejected()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "xml");

        // A usage error from the command-line parser (its exit code is the parser's, 1, which diff also uses for
        // "changes"); nothing is compared.
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("xml", result.Stderr);
        Assert.DoesNotContain(NoChanges, result.Stdout);
    }

    // ---- --rename ----

    [Fact]
    public void Unconfirmed_rename_is_retired_and_added()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1Renamed);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var changes = JsonChanges(result, oldPath, newPath);
        Assert.Equal(
            new[] { ("retired", 4, "左心室造影"), ("added", 6, "左心室造影术") },
            changes.Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("id").GetInt32(), c.GetProperty("name").GetString()!)));
    }

    [Theory]
    [InlineData("左心室造影=左心室造影术")]
    [InlineData(" 左心室造影 = 左心室造影术 ")]
    [InlineData("左心室 造影=左心室造影术")]
    public void Rename_option_confirms_a_rename(string rename)
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1Renamed);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "json", "--rename", rename);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var change = Assert.Single(JsonChanges(result, oldPath, newPath));
        Assert.Equal("renamed", change.GetProperty("kind").GetString());
        Assert.Equal(4, change.GetProperty("id").GetInt32());
        Assert.Equal("左心室造影术", change.GetProperty("name").GetString());
        Assert.Equal("左心室造影", change.GetProperty("oldName").GetString());
        Assert.Equal(3, change.GetProperty("grade").GetInt32());
    }

    [Fact]
    public void Rename_option_can_be_repeated()
    {
        using var dir = new TempDirectory();
        var renamedTwice = Editions.V1Renamed.Replace("冠状动脉造影术\n", "冠状动脉造影检查\n");
        var (oldPath, newPath) = Pair(dir, Editions.V1, renamedTwice);

        var result = CatalogTool.Run(
            "diff", oldPath, newPath, "--format", "json", "--rename", "左心室造影=左心室造影术", "--rename", "冠状动脉造影术=冠状动脉造影检查");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[] { ("renamed", 3, "冠状动脉造影检查"), ("renamed", 4, "左心室造影术") },
            JsonChanges(result, oldPath, newPath).Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("id").GetInt32(), c.GetProperty("name").GetString()!)));
    }

    [Fact]
    public void Rename_option_in_the_table()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1Renamed);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--rename", "左心室造影=左心室造影术");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(new[] { "改名 renamed", "4", "左心室造影术", "原名 was「左心室造影」" }, Editions.Columns(result.StdoutLines[1]));
        Assert.Equal(3, result.StdoutLines.Length);
    }

    [Theory]
    [InlineData("左心室造影")]
    [InlineData("=左心室造影术")]
    [InlineData("左心室造影=")]
    [InlineData("=")]
    public void Bad_rename_value_exits_two(string rename)
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1Renamed);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--rename", rename);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(new[] { $"--rename 的值「{rename}」应写作 旧名称=新名称。 The --rename value '{rename}' must be OLD=NEW." }, result.StderrLines);
    }

    [Fact]
    public void Rename_to_a_name_not_in_the_new_catalogue_exits_two()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1Renamed);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--rename", "左心室造影=不存在的手术");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(new[] { $"新名称「不存在的手术」不在 {newPath} 中。 The new name '不存在的手术' is not in {newPath}." }, result.StderrLines);
    }

    [Fact]
    public void Rename_from_a_name_not_in_the_old_catalogue_exits_two()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1Renamed);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--rename", "不存在的手术=左心室造影术");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith(newPath + "(9,1): error CSDK2008: @原名 引用的「不存在的手术」", Assert.Single(result.StderrLines));
    }

    [Fact]
    public void Renamed_from_an_unknown_name_in_the_new_catalogue_exits_two()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V1.Replace("左心室造影\n", "左心室造影术 @原名 左室造影\n"));

        var result = CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(newPath + "(9,1): error CSDK2008: ", Assert.Single(result.StderrLines));
    }

    // ---- Exit code 2: a file that cannot be read or has errors. ----

    [Fact]
    public void Missing_old_file_exits_two()
    {
        using var dir = new TempDirectory();
        var oldPath = dir.Combine("missing.txt");
        var newPath = dir.Write("v2.txt", Editions.V2);

        var result = CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(new[] { oldPath + ": error: 找不到文件。 File not found.", DiffRefused }, result.StderrLines);
    }

    [Fact]
    public void Missing_new_file_exits_two()
    {
        using var dir = new TempDirectory();
        var oldPath = dir.Write("v1.txt", Editions.V1);
        var newPath = dir.Combine("missing.txt");

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(new[] { newPath + ": error: 找不到文件。 File not found.", DiffRefused }, result.StderrLines);
    }

    [Fact]
    public void A_directory_instead_of_a_file_exits_two()
    {
        using var dir = new TempDirectory();
        var oldPath = dir.Write("v1.txt", Editions.V1);

        var result = CatalogTool.Run("diff", oldPath, dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(new[] { dir.Path + ": error: 这是一个目录，不是文件。 This is a directory, not a file.", DiffRefused }, result.StderrLines);
    }

    [Fact]
    public void New_catalogue_with_errors_exits_two()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Fixtures.Clean, Fixtures.WithErrors);

        var result = CatalogTool.Run("diff", oldPath, newPath, "--format", "markdown");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var lines = result.StderrLines;
        Assert.Equal(
            new[] { newPath + "(7,3): error CSDK1011", newPath + "(8,1): error CSDK1012", newPath + "(10,1): error CSDK1010", newPath + "(11,7): error CSDK1015" },
            lines.Take(4).Select(l => l.Substring(0, l.IndexOf(": ", l.IndexOf(": error ", System.StringComparison.Ordinal) + 2, System.StringComparison.Ordinal))));
        Assert.Equal(new[] { DiffRefused }, lines.Skip(4));
    }

    [Fact]
    public void Old_catalogue_with_errors_exits_two()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Fixtures.WithErrors, Fixtures.Clean);

        var result = CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(oldPath + "(7,3): error CSDK1011", result.StderrLines[0]);
        Assert.Equal(DiffRefused, result.StderrLines[^1]);
    }

    [Fact]
    public void Warnings_alone_do_not_stop_the_comparison()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Fixtures.WarningsOnly, Fixtures.WarningsOnly);

        var result = CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { NoChanges }, result.StdoutLines);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Both_files_are_reported_when_both_are_missing()
    {
        using var dir = new TempDirectory();
        var oldPath = dir.Combine("a.txt");
        var newPath = dir.Combine("b.txt");

        var result = CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            new List<string> { oldPath + ": error: 找不到文件。 File not found.", newPath + ": error: 找不到文件。 File not found.", DiffRefused },
            result.StderrLines);
    }

    [Fact]
    public void Diff_writes_no_file()
    {
        using var dir = new TempDirectory();
        var (oldPath, newPath) = Pair(dir, Editions.V1, Editions.V2);

        CatalogTool.Run("diff", oldPath, newPath);

        Assert.Equal(new[] { "v1.txt", "v2.txt" }, Directory.GetFiles(dir.Path).Select(p => Path.GetFileName(p)!).OrderBy(n => n, System.StringComparer.Ordinal));
    }
}
