using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CatalogSdk.Cli.Commands;
using CatalogSdk.Cli.Output;
using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

/// <summary>Editions of one small catalogue for the lock and diff tests. The comment on each line is its line number.</summary>
internal static class Editions
{
    /// <summary>IDs 1–5 in order of appearance.</summary>
    public const string V1 =
        "测试目录\n" +                                 // 1
        "（一）心血管疾病介入诊疗手术分级目录\n" +     // 2
        "一级手术\n" +                                 // 3
        "人工起搏器功能检查\n" +                       // 4  ID 1
        "二级手术\n" +                                 // 5
        "动脉导管插入术\n" +                           // 6  ID 2
        "三级手术\n" +                                 // 7
        "冠状动脉造影术\n" +                           // 8  ID 3
        "左心室造影\n" +                               // 9  ID 4
        "经皮冠状动脉腔内血管成形术[PTCA]\n";          // 10 ID 5

    /// <summary>The lock of <see cref="V1"/> (catalogue file cat.txt): four header lines, then ID N on line 4 + N.</summary>
    public const string V1Lock =
        "# CatalogSdk 锁文件 / lock file: cat.txt\n" +
        "# 由 catalog lock update 维护，请勿手工编辑；请提交到版本库，并与目录一起评审。\n" +
        "# Maintained by 'catalog lock update'; do not edit by hand. Commit it and review it with the catalogue.\n" +
        "# ID | 级别 grade | 专科 specialties | 名称 name | 匹配键 key | 记录 notes\n" +
        "1 | 1 | 心血管疾病 | 人工起搏器功能检查 | 人工起搏器功能检查\n" +
        "2 | 2 | 心血管疾病 | 动脉导管插入术 | 动脉导管插入术\n" +
        "3 | 3 | 心血管疾病 | 冠状动脉造影术 | 冠状动脉造影术\n" +
        "4 | 3 | 心血管疾病 | 左心室造影 | 左心室造影\n" +
        "5 | 3 | 心血管疾病 | 经皮冠状动脉腔内血管成形术[PTCA] | 经皮冠状动脉腔内血管成形术(PTCA)\n";

    /// <summary>From <see cref="V1"/>: ID 2 regraded up (2 → 3), ID 4 removed, one procedure added (ID 6).</summary>
    public const string V2 =
        "测试目录\n" +                                 // 1
        "（一）心血管疾病介入诊疗手术分级目录\n" +     // 2
        "一级手术\n" +                                 // 3
        "人工起搏器功能检查\n" +                       // 4  ID 1
        "三级手术\n" +                                 // 5
        "动脉导管插入术\n" +                           // 6  ID 2, regraded 2 → 3
        "冠状动脉造影术\n" +                           // 7  ID 3
        "经皮冠状动脉腔内血管成形术[PTCA]\n" +         // 8  ID 5
        "经皮球囊瓣膜成形术\n";                        // 9  ID 6, added

    /// <summary>The lock after accepting <see cref="V2"/> into <see cref="V1Lock"/> with edition 2025.</summary>
    public const string V2Lock =
        "# CatalogSdk 锁文件 / lock file: cat.txt\n" +
        "# 由 catalog lock update 维护，请勿手工编辑；请提交到版本库，并与目录一起评审。\n" +
        "# Maintained by 'catalog lock update'; do not edit by hand. Commit it and review it with the catalogue.\n" +
        "# ID | 级别 grade | 专科 specialties | 名称 name | 匹配键 key | 记录 notes\n" +
        "1 | 1 | 心血管疾病 | 人工起搏器功能检查 | 人工起搏器功能检查\n" +
        "2 | 3 | 心血管疾病 | 动脉导管插入术 | 动脉导管插入术 | regraded 2025 2->3\n" +
        "3 | 3 | 心血管疾病 | 冠状动脉造影术 | 冠状动脉造影术\n" +
        "4 | 3 | 心血管疾病 | 左心室造影 | 左心室造影 | retired 2025\n" +
        "5 | 3 | 心血管疾病 | 经皮冠状动脉腔内血管成形术[PTCA] | 经皮冠状动脉腔内血管成形术(PTCA)\n" +
        "6 | 3 | 心血管疾病 | 经皮球囊瓣膜成形术 | 经皮球囊瓣膜成形术\n";

    /// <summary>
    /// From <see cref="V1"/>: ID 1 also listed under a second specialty, ID 2 regraded down (2 → 1), ID 3 renamed
    /// (@原名), ID 4 replaced (@取代) by a new procedure (ID 6).
    /// </summary>
    public const string V3 =
        "测试目录\n" +                                 // 1
        "（一）心血管疾病介入诊疗手术分级目录\n" +     // 2
        "一级手术\n" +                                 // 3
        "人工起搏器功能检查\n" +                       // 4  ID 1
        "动脉导管插入术\n" +                           // 5  ID 2, regraded 2 → 1
        "三级手术\n" +                                 // 6
        "冠状动脉造影检查 @原名 冠状动脉造影术\n" +    // 7  ID 3, renamed
        "左心室造影术 @取代 左心室造影\n" +            // 8  ID 6, added, succeeds ID 4
        "经皮冠状动脉腔内血管成形术[PTCA]\n" +         // 9  ID 5
        "（二）外周血管介入诊疗手术分级目录\n" +       // 10
        "一级手术\n" +                                 // 11
        "人工起搏器功能检查\n";                        // 12 ID 1, second specialty

    /// <summary><see cref="V1"/> with 左心室造影 renamed to 左心室造影术, unconfirmed.</summary>
    public const string V1Renamed =
        "测试目录\n" +
        "（一）心血管疾病介入诊疗手术分级目录\n" +
        "一级手术\n" +
        "人工起搏器功能检查\n" +
        "二级手术\n" +
        "动脉导管插入术\n" +
        "三级手术\n" +
        "冠状动脉造影术\n" +
        "左心室造影术\n" +                             // 9
        "经皮冠状动脉腔内血管成形术[PTCA]\n";

    /// <summary><see cref="V1"/> reordered, with comments, blank lines, odd whitespace and another bracket width.</summary>
    public const string V1Reordered =
        "# 同一目录，换一种写法\n" +
        "测试目录\n" +
        "（一）心血管疾病介入诊疗手术分级目录\n" +
        "\n" +
        "三级手术\n" +
        "经皮冠状动脉腔内血管成形术（ＰＴＣＡ）\n" +
        "左心室造影   \n" +
        "# 注释\n" +
        "冠状动脉造影术\n" +
        "一级手术\n" +
        "  人工起搏器功能检查\n" +
        "\n" +
        "二级手术\n" +
        "\u3000动脉导管插入术\t\n";

    public const string Summary0 = "0 个错误，0 个警告。 0 errors, 0 warnings.";

    /// <summary>Splits a table row into its columns (they are separated by at least two spaces).</summary>
    public static string[] Columns(string row) => Regex.Split(row.TrimEnd(), " {2,}");
}

public sealed class LockCommandTests
{
    private static CliResult Update(string cataloguePath, string? edition = "2025", bool force = false, string? ci = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = LockCommand.Update(new CommandOutput(stdout, stderr), cataloguePath, edition, force, ci);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the tool with the CI variable set to <paramref name="ci"/> (null: unset), restoring it afterwards.</summary>
    private static CliResult RunWithCi(string? ci, params string[] args)
    {
        var saved = Environment.GetEnvironmentVariable("CI");
        try
        {
            Environment.SetEnvironmentVariable("CI", ci);
            return CatalogTool.Run(args);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CI", saved);
        }
    }

    private static string[] FileNames(TempDirectory dir) =>
        Directory.GetFileSystemEntries(dir.Path).Select(p => Path.GetFileName(p)!).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static string Created(string lockPath, int count) =>
        $"已创建锁文件 {lockPath}，接受 {count} 个条目。请提交它。 Created the lock {lockPath} with {count} entries. Commit it.";

    private static string UpToDate(string lockPath) => $"锁文件已是最新：{lockPath} The lock is up to date: {lockPath}";

    private const string RefusedInCi =
        "CI=true：构建流水线中不能更新锁文件，锁文件只能由人在评审后更新。如确需执行，请加 --force。 " +
        "CI=true: a pipeline does not update lock files; a person updates them after review. Add --force if you really mean it.";

    private const string UpdateRefused =
        "目录或锁文件有错误，锁文件未更新。请先修正以上错误。 The catalogue or the lock has errors; the lock was not updated. Correct the errors above first.";

    // ---- lock update ----

    [Fact]
    public void Update_creates_the_lock_and_prints_the_count()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        var lockPath = dir.Combine("cat.lock");

        var result = Update(path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { Created(lockPath, 5) }, result.StdoutLines);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(Editions.V1Lock, File.ReadAllText(lockPath, Encoding.UTF8));
        Assert.Equal(new[] { "cat.lock", "cat.txt" }, FileNames(dir));
    }

    [Fact]
    public void Created_lock_is_UTF8_without_byte_order_mark()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);

        Assert.Equal(0, Update(path).ExitCode);

        var bytes = File.ReadAllBytes(dir.Combine("cat.lock"));
        Assert.Equal((byte)'#', bytes[0]);
        Assert.Equal(Editions.V1Lock, new UTF8Encoding(false, true).GetString(bytes));
    }

    [Fact]
    public void Update_of_an_unchanged_catalogue_is_up_to_date_and_does_not_rewrite()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        var lockPath = dir.Combine("cat.lock");
        Assert.Equal(0, Update(path).ExitCode);
        var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(lockPath, stamp);
        var bytes = File.ReadAllBytes(lockPath);

        var result = Update(path, "2026");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { UpToDate(lockPath) }, result.StdoutLines);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(bytes, File.ReadAllBytes(lockPath));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(lockPath));
        Assert.Equal(new[] { "cat.lock", "cat.txt" }, FileNames(dir));
    }

    [Fact]
    public void Update_of_a_reordered_catalogue_is_up_to_date()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1Reordered);
        var lockPath = dir.Combine("cat.lock");
        File.WriteAllText(lockPath, Editions.V1Lock.Replace("[PTCA] |", "（ＰＴＣＡ） |"), new UTF8Encoding(false));
        var bytes = File.ReadAllBytes(lockPath);

        var result = Update(path);

        Assert.Equal(new[] { UpToDate(lockPath) }, result.StdoutLines);
        Assert.Equal(bytes, File.ReadAllBytes(lockPath));
    }

    [Fact]
    public void Update_accepts_a_drifted_catalogue_and_prints_each_change()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        var lockPath = dir.Combine("cat.lock");
        Assert.Equal(0, Update(path).ExitCode);
        File.WriteAllText(path, Editions.V2, new UTF8Encoding(false));

        var result = Update(path, "2025");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var lines = result.StdoutLines;
        Assert.Equal(6, lines.Length);
        Assert.Equal($"已更新锁文件 {lockPath}（版次 2025），接受了以下变更： Updated the lock {lockPath} (edition 2025), accepting:", lines[0]);
        Assert.Equal(new[] { "变更 Change", "ID", "名称 Name", "详情 Details" }, Editions.Columns(lines[1]));
        Assert.Equal(new[] { "升级 regraded up", "2", "动脉导管插入术", "二级手术 → 三级手术" }, Editions.Columns(lines[2]));
        Assert.Equal(new[] { "停用 retired", "4", "左心室造影", "无后继 no successor" }, Editions.Columns(lines[3]));
        Assert.Equal(new[] { "新增 added", "6", "经皮球囊瓣膜成形术", "三级手术 · 心血管疾病" }, Editions.Columns(lines[4]));
        Assert.Equal("新增 1，停用 1，改名 0，级别变更 1，专科变更 0，其他 0。 1 added, 1 retired, 0 renamed, 1 regraded, 0 specialty changes, 0 other.", lines[5]);
        Assert.Equal(Editions.V2Lock, File.ReadAllText(lockPath, Encoding.UTF8));
        Assert.Equal(new[] { "cat.lock", "cat.txt" }, FileNames(dir));

        // Accepted: the check passes and a second update has nothing to do.
        Assert.Equal(0, CatalogTool.Run("lock", "check", path).ExitCode);
        Assert.Equal(new[] { UpToDate(lockPath) }, Update(path, "2026").StdoutLines);
    }

    [Fact]
    public void Update_without_edition_records_todays_date()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V2);
        var lockPath = dir.Combine("cat.lock");
        File.WriteAllText(lockPath, Editions.V1Lock, new UTF8Encoding(false));
        var before = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var result = Update(path, edition: null);

        var after = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(lockPath, Encoding.UTF8);
        Assert.True(
            text == Editions.V2Lock.Replace("2025", before) || text == Editions.V2Lock.Replace("2025", after),
            text);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("True")]
    public void Update_refuses_when_CI_is_true(string ci)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);

        var result = Update(path, ci: ci);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(new[] { RefusedInCi }, result.StderrLines);
        Assert.Equal(new[] { "cat.txt" }, FileNames(dir));
    }

    [Fact]
    public void Update_refuses_in_CI_to_accept_drift_and_leaves_the_lock()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V2);
        var lockPath = dir.Write("cat.lock", Editions.V1Lock);

        var result = Update(path, ci: "true");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Editions.V1Lock, File.ReadAllText(lockPath, Encoding.UTF8));
    }

    [Fact]
    public void Update_runs_in_CI_with_force()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);

        var result = Update(path, force: true, ci: "true");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { Created(dir.Combine("cat.lock"), 5) }, result.StdoutLines);
        Assert.Equal(Editions.V1Lock, File.ReadAllText(dir.Combine("cat.lock"), Encoding.UTF8));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    public void Update_runs_when_CI_is_not_true(string? ci)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);

        Assert.Equal(0, Update(path, ci: ci).ExitCode);
        Assert.True(File.Exists(dir.Combine("cat.lock")));
    }

    [Fact]
    public void Command_line_reads_CI_from_the_environment()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);

        var refused = RunWithCi("true", "lock", "update", path, "--edition", "2025");
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(new[] { RefusedInCi }, refused.StderrLines);
        Assert.False(File.Exists(dir.Combine("cat.lock")));

        var forced = RunWithCi("true", "lock", "update", path, "--edition", "2025", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(new[] { Created(dir.Combine("cat.lock"), 5) }, forced.StdoutLines);

        File.Delete(dir.Combine("cat.lock"));
        var outsideCi = RunWithCi(null, "lock", "update", path, "--edition", "2025");
        Assert.Equal(0, outsideCi.ExitCode);
        Assert.Equal(Editions.V1Lock, File.ReadAllText(dir.Combine("cat.lock"), Encoding.UTF8));
    }

    [Fact]
    public void Update_refuses_a_catalogue_with_errors_and_creates_no_lock()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Fixtures.WithErrors);

        var result = Update(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var lines = result.StderrLines;
        Assert.Equal(5, lines.Length);
        Assert.StartsWith(path + "(7,3): error CSDK1011: ", lines[0]);
        Assert.StartsWith(path + "(8,1): error CSDK1012: ", lines[1]);
        Assert.StartsWith(path + "(10,1): error CSDK1010: ", lines[2]);
        Assert.StartsWith(path + "(11,7): error CSDK1015: ", lines[3]);
        Assert.Equal(UpdateRefused, lines[4]);
        Assert.Equal(new[] { "cat.txt" }, FileNames(dir));
    }

    [Fact]
    public void Update_refuses_a_catalogue_with_errors_and_leaves_the_lock_untouched()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Fixtures.WithErrors);
        var lockPath = dir.Write("cat.lock", Editions.V1Lock);
        var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(lockPath, stamp);

        var result = Update(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(UpdateRefused, result.StderrLines[^1]);
        Assert.Equal(Editions.V1Lock, File.ReadAllText(lockPath, Encoding.UTF8));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(lockPath));
        Assert.Equal(new[] { "cat.lock", "cat.txt" }, FileNames(dir));
    }

    [Fact]
    public void Update_refuses_a_broken_lock_and_leaves_it_untouched()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        var broken = Editions.V1Lock.Replace("2 | 2 | 心血管疾病", "2 | 7 | 心血管疾病");
        var lockPath = dir.Write("cat.lock", broken);

        var result = Update(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.StartsWith(lockPath + "(6,1): error CSDK2010: ", result.StderrLines[0]);
        Assert.Equal(UpdateRefused, result.StderrLines[1]);
        Assert.Equal(broken, File.ReadAllText(lockPath, Encoding.UTF8));
    }

    [Fact]
    public void Update_refuses_a_rename_from_an_unknown_name()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1.Replace("左心室造影\n", "左心室造影术 @原名 不存在的手术\n"));
        var lockPath = dir.Write("cat.lock", Editions.V1Lock);

        var result = Update(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.StartsWith(path + "(9,1): error CSDK2008: @原名 引用的「不存在的手术」不是锁文件中的手术。", result.StderrLines[0]);
        Assert.Equal(UpdateRefused, result.StderrLines[1]);
        Assert.Equal(Editions.V1Lock, File.ReadAllText(lockPath, Encoding.UTF8));
    }

    [Theory]
    [InlineData("20 25")]
    [InlineData("a|b")]
    [InlineData("")]
    [InlineData("2025\t")]
    [InlineData("2025\u3000")]
    public void Update_validates_the_edition(string edition)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V2);
        var lockPath = dir.Write("cat.lock", Editions.V1Lock);

        var result = Update(path, edition);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            new[] { $"版次「{edition}」无效：不能为空，不能含空格或 |。 The edition '{edition}' is invalid: it cannot be empty or contain spaces or '|'." },
            result.StderrLines);
        Assert.Equal(Editions.V1Lock, File.ReadAllText(lockPath, Encoding.UTF8));
        Assert.Equal(new[] { "cat.lock", "cat.txt" }, FileNames(dir));
    }

    [Fact]
    public void Command_line_validates_the_edition()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);

        var result = RunWithCi(null, "lock", "update", path, "--edition", "第 1 版");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("版次「第 1 版」无效", result.Stderr);
        Assert.False(File.Exists(dir.Combine("cat.lock")));
    }

    [Fact]
    public void Update_of_a_missing_catalogue_fails()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("missing.txt");

        var result = Update(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(new[] { path + ": error: 找不到文件。 File not found." }, result.StderrLines);
        Assert.Empty(FileNames(dir));
    }

    [Fact]
    public void Failed_write_leaves_no_temporary_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        var lockPath = dir.Combine("cat.lock");
        Directory.CreateDirectory(lockPath); // the lock path is taken by a folder: the rename onto it fails

        var result = Update(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var error = Assert.Single(result.StderrLines);
        Assert.StartsWith(lockPath + ": error: 无法写入文件：", error);
        Assert.Equal(new[] { "cat.lock", "cat.txt" }, FileNames(dir));
        Assert.True(Directory.Exists(lockPath));
        Assert.Empty(Directory.GetFileSystemEntries(lockPath));
    }

    [Fact]
    public void Successful_updates_leave_no_temporary_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        Assert.Equal(0, Update(path).ExitCode);
        File.WriteAllText(path, Editions.V2, new UTF8Encoding(false));
        Assert.Equal(0, Update(path).ExitCode);
        File.WriteAllText(path, Editions.V3, new UTF8Encoding(false));
        Assert.Equal(0, Update(path, "2026").ExitCode);

        Assert.Equal(new[] { "cat.lock", "cat.txt" }, FileNames(dir));
    }

    // ---- lock check ----

    [Fact]
    public void Check_of_an_accepted_catalogue_exits_zero_with_only_the_summary()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        dir.Write("cat.lock", Editions.V1Lock);

        var result = CatalogTool.Run("lock", "check", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { Editions.Summary0 }, result.StdoutLines);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Check_of_a_reordered_catalogue_exits_zero()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1Reordered);
        dir.Write("cat.lock", Editions.V1Lock);

        var result = CatalogTool.Run("lock", "check", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { Editions.Summary0 }, result.StdoutLines);
    }

    [Fact]
    public void Check_without_a_lock_warns_and_exits_zero()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);

        var result = CatalogTool.Run("lock", "check", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[]
            {
                path + "(1,1): warning CSDK2000: 目录没有锁文件 cat.lock，手术 ID 按出现顺序分配，目录改动时可能变化。请运行 catalog lock update " + path +
                " 创建锁文件并提交。 The catalogue has no lock file cat.lock, so procedure IDs follow the order of lines and can change when the catalogue does. Run 'catalog lock update " +
                path + "' to create it, and commit it.",
                "0 个错误，1 个警告。 0 errors, 1 warning.",
            },
            result.StdoutLines);
        Assert.False(File.Exists(dir.Combine("cat.lock")));
    }

    [Fact]
    public void Check_with_require_lock_and_no_lock_exits_one()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);

        var result = CatalogTool.Run("lock", "check", path, "--require-lock");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Length);
        Assert.StartsWith(path + "(1,1): error CSDK2007: 项目要求每个目录都有锁文件（CatalogSdkRequireLock=true），但缺少 cat.lock。", result.StdoutLines[0]);
        Assert.Equal("1 个错误，0 个警告。 1 error, 0 warnings.", result.StdoutLines[1]);
    }

    [Fact]
    public void Check_with_require_lock_and_a_lock_exits_zero()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        dir.Write("cat.lock", Editions.V1Lock);

        Assert.Equal(0, CatalogTool.Run("lock", "check", path, "--require-lock").ExitCode);
    }

    [Fact]
    public void Check_of_drift_lists_each_change_in_canonical_form_with_the_lock_path_for_a_removal()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V2);
        var lockPath = dir.Write("cat.lock", Editions.V1Lock);

        var result = CatalogTool.Run("lock", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(
            new[]
            {
                path + "(6,1): error CSDK2003: 手术「动脉导管插入术」（ID 2）的级别由二级手术变为三级手术。请核对；如确为调整，请运行 catalog lock update " + path +
                " 接受此更改。 The procedure '动脉导管插入术' (ID 2) changed from Grade 2 to Grade 3. Check it; if the regrade is intended, run 'catalog lock update " +
                path + "' to accept it.",
                lockPath + "(8,1): error CSDK2002: 锁文件中的手术「左心室造影」（ID 4）已不在目录中。如确已停用，请运行 catalog lock update " + path +
                " --edition <版次> 登记停用；如是改名，请在新名称后加上 @原名 左心室造影。 The procedure '左心室造影' (ID 4) in the lock is no longer in the catalogue. If it is retired, run 'catalog lock update " +
                path + " --edition <edition>' to record a tombstone; if it was renamed, add '@renamed-from 左心室造影' after the new name.",
                path + "(9,1): error CSDK2001: 目录新增了手术「经皮球囊瓣膜成形术」（三级手术，心血管疾病），锁文件中没有它。如确为新增，请运行 catalog lock update " + path +
                " 接受此更改。 The catalogue adds the procedure '经皮球囊瓣膜成形术' (Grade 3, 心血管疾病), which the lock does not hold. If the addition is intended, run 'catalog lock update " +
                path + "' to accept it.",
                "3 个错误，0 个警告。 3 errors, 0 warnings.",
            },
            result.StdoutLines);
    }

    [Fact]
    public void Check_against_a_lock_elsewhere_names_it_in_the_command_and_that_command_accepts_the_change()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V2);
        Directory.CreateDirectory(dir.Combine("pinned"));
        var lockPath = dir.Write(Path.Combine("pinned", "my lock.lock"), Editions.V1Lock);

        var check = CatalogTool.Run("lock", "check", path, "--lock", lockPath);

        Assert.Equal(1, check.ExitCode);
        var command = "catalog lock update " + path + " --lock \"" + lockPath + "\"";
        Assert.Equal(3, check.StdoutLines.Count(l => l.Contains(command, StringComparison.Ordinal)));

        var arguments = new[] { "lock", "update", path, "--lock", lockPath, "--edition", "2025" };
        Assert.Equal(0, RunWithCi(null, arguments).ExitCode);
        Assert.Equal(0, CatalogTool.Run("lock", "check", path, "--lock", lockPath).ExitCode);
        Assert.False(File.Exists(Path.Combine(dir.Path, "cat.lock")), "The update wrote the lock beside the catalogue instead of the one named.");
    }

    [Fact]
    public void Check_without_a_lock_elsewhere_suggests_the_command_that_creates_it()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        var lockPath = Path.Combine(dir.Path, "other.lock");

        var result = CatalogTool.Run("lock", "check", path, "--lock", lockPath);

        Assert.Contains(result.StdoutLines, l => l.Contains("CSDK2000", StringComparison.Ordinal) &&
            l.Contains("catalog lock update " + path + " --lock " + lockPath, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_of_renames_specialties_and_successors()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V3);
        var lockPath = dir.Write("cat.lock", Editions.V1Lock);

        var result = CatalogTool.Run("lock", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                path + "(4,1): error CSDK2004",
                path + "(5,1): error CSDK2003",
                path + "(7,1): error CSDK2005",
                lockPath + "(8,1): error CSDK2002",
                path + "(8,1): error CSDK2001",
                "5 个错误，0 个警告。 5 errors, 0 warnings.",
            },
            result.StdoutLines.Select(l => l.Contains(": error ", StringComparison.Ordinal) ? l.Substring(0, l.IndexOf(": ", l.IndexOf(": error ", StringComparison.Ordinal) + 2, StringComparison.Ordinal)) : l));
    }

    [Fact]
    public void Check_reports_a_broken_lock_at_its_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V1);
        var lockPath = dir.Write("cat.lock", Editions.V1Lock + "7 | 3 | 心血管疾病 | 甲术 | 乙术\n");

        var result = CatalogTool.Run("lock", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Length);
        Assert.StartsWith(lockPath + "(10,1): error CSDK2013: 锁文件中 ID 7 的匹配键「乙术」与名称「甲术」不符（应为「甲术」）", result.StdoutLines[0]);
        Assert.Equal("1 个错误，0 个警告。 1 error, 0 warnings.", result.StdoutLines[1]);
    }

    [Fact]
    public void Check_of_a_missing_catalogue_exits_one()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("missing.txt");

        var result = CatalogTool.Run("lock", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(new[] { path + ": error: 找不到文件。 File not found." }, result.StdoutLines);
    }

    [Fact]
    public void Check_does_not_write_anything()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cat.txt", Editions.V2);
        var lockPath = dir.Write("cat.lock", Editions.V1Lock);

        CatalogTool.Run("lock", "check", path);

        Assert.Equal(Editions.V1Lock, File.ReadAllText(lockPath, Encoding.UTF8));
        Assert.Equal(new[] { "cat.lock", "cat.txt" }, FileNames(dir));
    }
}
