using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Locking;
using CatalogSdk.Reliability.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// Lock integrity: duplicate and reused IDs, names given two IDs, hand-edited keys, unknown successors and lines
/// that do not read are reported at their line (CSDK2010–2014), by the reader and in the build; the reader never
/// throws; and <c>lock update</c> writes atomically — an update that fails leaves the old lock whole and no
/// temporary file behind.
/// </summary>
public sealed class LockSafetyTests
{
    private const string Header = "# CatalogSdk 锁文件 / lock file: test.txt\n";

    private static string Entry(int id, int grade, string specialty, string name, string notes = "", string? key = null) =>
        id + " | " + grade + " | " + specialty + " | " + name + " | " + (key ?? CatalogueText.ToKey(name)) + notes;

    public static TheoryData<string, string[], string, int> Damaged => new()
    {
        {
            "duplicate ID",
            new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查"), Entry(2, 2, "心血管疾病", "动脉导管插入术"), Entry(2, 3, "心血管疾病", "冠状动脉造影术") },
            "CSDK2011", 4
        },
        {
            "ID of a retired procedure reused",
            new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查"), Entry(2, 2, "心血管疾病", "动脉导管插入术", " | retired 2024"), Entry(2, 3, "心血管疾病", "冠状动脉造影术") },
            "CSDK2011", 4
        },
        {
            "one name, two IDs",
            new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查"), Entry(7, 1, "心血管疾病", "人工起搏器功能检查") },
            "CSDK2012", 3
        },
        {
            "an old name given to a second ID",
            new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查", " | alias 起搏器检查"), Entry(2, 1, "心血管疾病", "起搏器检查") },
            "CSDK2012", 3
        },
        {
            "name edited by hand, key left",
            new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查"), Entry(2, 2, "心血管疾病", "动脉导管插入术(改)", key: CatalogueText.ToKey("动脉导管插入术")) },
            "CSDK2013", 3
        },
        {
            "unknown successor",
            new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查"), Entry(2, 2, "心血管疾病", "动脉导管插入术", " | retired 2024 | successor 9") },
            "CSDK2014", 3
        },
        { "too few fields", new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查"), "2 | 2 | 心血管疾病" }, "CSDK2010", 3 },
        { "ID not a number", new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查"), "二 | 2 | 心血管疾病 | 动脉导管插入术 | 动脉导管插入术" }, "CSDK2010", 3 },
        { "ID zero", new[] { "0 | 2 | 心血管疾病 | 动脉导管插入术 | 动脉导管插入术" }, "CSDK2010", 2 },
        { "grade 5", new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查"), "2 | 5 | 心血管疾病 | 动脉导管插入术 | 动脉导管插入术" }, "CSDK2010", 3 },
        { "unknown note", new[] { Entry(1, 1, "心血管疾病", "人工起搏器功能检查", " | renamed yesterday") }, "CSDK2010", 2 },
        { "empty name", new[] { "1 | 1 | 心血管疾病 |  | x" }, "CSDK2010", 2 },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void A_damaged_lock_is_reported_at_the_line(string label, string[] entries, string id, int line)
    {
        var text = Header + string.Join("\n", entries) + "\n";

        var lockFile = LockFormat.Read("test.lock", text);

        var diagnostic = Assert.Single(lockFile.Diagnostics);
        Assert.True(diagnostic.Id == id, label + ": " + diagnostic.ToCanonicalString());
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal(1, diagnostic.Column);
        Assert.Equal("test.lock", diagnostic.FilePath);
        if (id != "CSDK2014")
        {
            var start = text.Split('\n').Take(line - 1).Sum(l => l.Length + 1);
            Assert.Equal(start, diagnostic.Offset);
            Assert.Equal(text.Split('\n')[line - 1].Length, diagnostic.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Damaged))]
    public void A_damaged_lock_fails_the_build_at_the_line_in_the_lock(string label, string[] entries, string id, int line)
    {
        var catalogue = "测试目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n人工起搏器功能检查\n";
        var outcome = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("test.txt"), catalogue),
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("test.lock"), Header + string.Join("\n", entries) + "\n"),
        });

        Assert.Null(outcome.Exception);
        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(span.Path == GeneratorHarness.CataloguePath("test.lock"), label + ": " + GeneratorOutcome.Describe(diagnostic));
        Assert.Equal(line, span.StartLinePosition.Line + 1);
    }

    [Fact]
    public void The_lock_reader_never_throws_on_garbage()
    {
        var random = new Random(11);
        var shipped = Core.Parsing.CatalogueParser.Parse("interventional.txt", Catalogues.Shipped);
        var pieces = new[] { "|", "\\", "\\|", ";", "\\;", " ", "1", "-1", "2147483648", "99999999999", "retired", "successor", "alias", "regraded", "1->5", "x->y", "catch-all", "\uFEFF", "\r", "\u2028", "\uD800", "冠状", "#", "\t" };
        for (var i = 0; i < 3000; i++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 6)).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)])));
            var text = string.Join("\n", lines);

            var lockFile = LockFormat.Read("garbage.lock", text);

            Assert.All(lockFile.Diagnostics, d => Assert.True(d.Line >= 1 && d.Offset >= 0 && d.Offset + d.Length <= text.Length, d.ToCanonicalString()));
            if (i % 10 == 0)
            {
                _ = LockReconciler.Reconcile(shipped, lockFile, "e");
            }
        }
    }

    [Fact]
    public void An_update_writes_the_new_lock_and_leaves_no_temporary_file()
    {
        using var directory = new TempDirectory();
        var catalogue = directory.Write("test.txt", Catalogues.Build("冠状动脉造影术", "经皮穿刺活检术"));

        var created = CatalogTool.Run("lock", "update", catalogue, "--edition", "2024", "--force");
        File.WriteAllText(catalogue, Catalogues.Build("冠状动脉造影术", "经皮穿刺活检术", "经皮椎体成形术"));
        var updated = CatalogTool.Run("lock", "update", catalogue, "--edition", "2025", "--force");

        Assert.Equal(0, created.ExitCode);
        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Equal(new[] { "test.lock", "test.txt" }, directory.FileNames());
        var lockFile = LockFormat.Read("test.lock", File.ReadAllText(directory.Combine("test.lock")));
        Assert.Empty(lockFile.Diagnostics);
        Assert.Equal(new[] { "冠状动脉造影术", "经皮穿刺活检术", "经皮椎体成形术" }, lockFile.Entries.Select(e => e.Name));
    }

    /// <summary>
    /// The temporary file cannot be written (its name, the lock's name plus a suffix, is longer than a file name can
    /// be, though the lock's own name is not): the update fails with exit code 1, the old lock is byte for byte what
    /// it was, and nothing else is left in the folder. Works as root too, where a read-only folder would not stop it.
    /// </summary>
    [Fact]
    public void An_update_that_cannot_write_its_temporary_file_leaves_the_old_lock_whole()
    {
        using var directory = new TempDirectory();
        var stem = new string('a', 240);
        var first = directory.Write("short.txt", Catalogues.Build("冠状动脉造影术"));
        Assert.Equal(0, CatalogTool.Run("lock", "update", first, "--edition", "2024", "--force").ExitCode);
        var catalogue = directory.Combine(stem + ".txt");
        var lockPath = directory.Combine(stem + ".lock");
        File.Move(first, catalogue);
        File.Move(directory.Combine("short.lock"), lockPath);
        var before = File.ReadAllBytes(lockPath);

        File.WriteAllText(catalogue, Catalogues.Build("冠状动脉造影术", "经皮穿刺活检术"));
        var result = CatalogTool.Run("lock", "update", catalogue, "--edition", "2025", "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot write the file", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(lockPath));
        Assert.Equal(new[] { stem + ".lock", stem + ".txt" }, directory.FileNames());
    }

    /// <summary>
    /// The temporary file is written but the rename over the lock fails (the lock's path is taken by a folder): the
    /// update fails with exit code 1 and the temporary file is removed; the folder in the way is untouched.
    /// </summary>
    [Fact]
    public void An_update_whose_rename_fails_removes_its_temporary_file()
    {
        using var directory = new TempDirectory();
        var catalogue = directory.Write("test.txt", Catalogues.Build("冠状动脉造影术"));
        var inTheWay = Directory.CreateDirectory(directory.Combine("test.lock"));
        File.WriteAllText(Path.Combine(inTheWay.FullName, "keep.txt"), "keep");

        var result = CatalogTool.Run("lock", "update", catalogue, "--edition", "2024", "--force");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(new[] { "test.lock", "test.txt" }, directory.FileNames());
        Assert.Equal(new[] { "keep.txt" }, Directory.GetFiles(inTheWay.FullName).Select(Path.GetFileName));
    }

    /// <summary>The lock's folder does not exist (--lock into a missing folder): exit code 1, nothing created anywhere.</summary>
    [Fact]
    public void An_update_into_a_folder_that_is_gone_fails_and_creates_nothing()
    {
        using var directory = new TempDirectory();
        var catalogue = directory.Write("test.txt", Catalogues.Build("冠状动脉造影术"));
        var gone = directory.Combine("gone");

        var result = CatalogTool.Run("lock", "update", catalogue, "--edition", "2024", "--force", "--lock", Path.Combine(gone, "test.lock"));

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(gone));
        Assert.Equal(new[] { "test.txt" }, directory.FileNames());
    }

    /// <summary>
    /// '@replaces' naming a procedure no lock holds is CSDK2008 whether or not a lock exists yet, so the first
    /// 'lock update' refuses what every later check would report.
    /// </summary>
    [Fact]
    public void Lock_update_then_check_agree_on_replaces_in_a_new_lock()
    {
        using var directory = new TempDirectory();
        var catalogue = directory.Write("test.txt", Catalogues.Build("冠状动脉造影术 @取代 冠状动脉造影"));

        var update = CatalogTool.Run("lock", "update", catalogue, "--edition", "2024", "--force");
        var check = CatalogTool.Run("lock", "check", catalogue);

        Assert.Equal(update.ExitCode == 0, check.ExitCode == 0);
        Assert.Equal(1, update.ExitCode);
        Assert.Contains("CSDK2008", update.Stdout + update.Stderr, StringComparison.Ordinal);
        Assert.Equal(new[] { "test.txt" }, directory.FileNames());
    }
}
