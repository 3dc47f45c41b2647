using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Core.Tests.Locking;

/// <summary>
/// LockFormat: write → read round trips, the canonical layout, the shipped lock (catalog/interventional.lock, linked as
/// TestData/shipped-locked.lock), and every malformed line as a positioned diagnostic, never an exception.
/// </summary>
public class LockFormatTests
{
    private const string Path = "test.lock";

    private static string ShippedLockPath => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "shipped-locked.lock");

    private static string ShippedCataloguePath => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "shipped-locked.txt");

    private static LockEntry NewEntry(
        int id,
        SurgicalGrade grade,
        string[] specialties,
        string name,
        bool catchAll = false,
        string? retiredIn = null,
        int? successor = null,
        string[]? aliases = null,
        Regrade[]? regrades = null) =>
        new(id, grade, new EquatableArray<string>(specialties), name, CatalogueText.ToKey(name), catchAll, retiredIn, successor,
            new EquatableArray<string>(aliases ?? Array.Empty<string>()), new EquatableArray<Regrade>(regrades ?? Array.Empty<Regrade>()), 0);

    /// <summary>Every kind of note, and names, aliases and specialties that need escaping; deliberately not in ID order.</summary>
    private static readonly LockEntry[] Sample =
    {
        NewEntry(12, SurgicalGrade.Grade3, new[] { "心血管疾病" }, "左心室造影术",
            aliases: new[] { "左心室造影", "左室造影（旧称）", "LV造影" },
            regrades: new[] { new Regrade("2020", SurgicalGrade.Grade2, SurgicalGrade.Grade3), new Regrade("2023-01", SurgicalGrade.Grade4, SurgicalGrade.Grade3) }),
        NewEntry(3, SurgicalGrade.Grade4, new[] { "外周血管", "综合介入" }, "其他准予临床应用的新技术", catchAll: true),
        NewEntry(7, SurgicalGrade.Grade2, new[] { "心血管疾病" }, "经皮球囊瓣膜成形术", retiredIn: "2023", successor: 12),
        NewEntry(1, SurgicalGrade.Grade1, new[] { "外周|血管", "综合;介入", "反\\斜杠" }, "支架|球囊;扩张\\术 | 尾\\"),
        NewEntry(5, SurgicalGrade.Grade3, new[] { "神经血管" }, "旧手术", retiredIn: "2024-06"),
        NewEntry(20, SurgicalGrade.Grade4, new[] { "综合介入", "外周血管" }, "全部记录 | 一行",
            catchAll: true, retiredIn: "2025", successor: 3,
            aliases: new[] { "别名|一", "别名;二", "别名\\三" },
            regrades: new[] { new Regrade("2019", SurgicalGrade.Grade1, SurgicalGrade.Grade2), new Regrade("2021", SurgicalGrade.Grade2, SurgicalGrade.Grade4) }),
        NewEntry(2, SurgicalGrade.Grade2, new[] { "心血管疾病" }, "经皮冠状动脉腔内血管成形术[PTCA]"),
    };

    [Fact]
    public void Write_then_read_gives_back_every_entry()
    {
        var text = LockFormat.Write("test.txt", Sample);

        var read = LockFormat.Read(Path, text);

        Assert.True(read.Diagnostics.Count == 0, LockKit.Describe(read.Diagnostics));
        Assert.Equal(Sample.OrderBy(e => e.Id).ToArray(), read.Entries.AsArray());
        Assert.Equal(Path, read.FilePath);
    }

    [Fact]
    public void Round_trip_keeps_the_escaped_characters_exactly()
    {
        var read = LockFormat.Read(Path, LockFormat.Write("test.txt", Sample));

        var one = read.Entries.Single(e => e.Id == 1);
        Assert.Equal("支架|球囊;扩张\\术 | 尾\\", one.Name);
        Assert.Equal(new[] { "外周|血管", "综合;介入", "反\\斜杠" }, one.Specialties.AsArray());
        var twenty = read.Entries.Single(e => e.Id == 20);
        Assert.Equal(new[] { "别名|一", "别名;二", "别名\\三" }, twenty.Aliases.AsArray());
        Assert.Equal("2025", twenty.RetiredIn);
        Assert.Equal(3, twenty.SuccessorId);
        Assert.True(twenty.IsCatchAll);
        Assert.Equal(
            new[] { new Regrade("2019", SurgicalGrade.Grade1, SurgicalGrade.Grade2), new Regrade("2021", SurgicalGrade.Grade2, SurgicalGrade.Grade4) },
            twenty.Regrades.AsArray());
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_text()
    {
        var text = LockFormat.Write("test.txt", Sample);

        Assert.Equal(text, LockFormat.Write("test.txt", LockFormat.Read(Path, text).Entries));
    }

    [Fact]
    public void Write_sorts_by_id_starts_with_the_header_and_ends_lines_with_LF()
    {
        var text = LockFormat.Write("test.txt", Sample);

        Assert.StartsWith(LockFormat.Header("test.txt"), text);
        Assert.StartsWith("# CatalogSdk 锁文件 / lock file: test.txt\n", text);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text);
        var body = text.Substring(LockFormat.Header("test.txt").Length).Split('\n');
        Assert.Equal(string.Empty, body[^1]);
        Assert.Equal(new[] { 1, 2, 3, 5, 7, 12, 20 }, body[..^1].Select(l => int.Parse(l.Substring(0, l.IndexOf(' ')), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Write_uses_the_documented_layout()
    {
        var text = LockFormat.Write("test.txt", Sample);
        var lines = text.Split('\n');

        Assert.Contains("3 | 4 | 外周血管;综合介入 | 其他准予临床应用的新技术 | 其他准予临床应用的新技术 | catch-all", lines);
        Assert.Contains("7 | 2 | 心血管疾病 | 经皮球囊瓣膜成形术 | 经皮球囊瓣膜成形术 | retired 2023 | successor 12", lines);
        Assert.Contains(
            "12 | 3 | 心血管疾病 | 左心室造影术 | 左心室造影术 | alias 左心室造影 | alias 左室造影（旧称） | alias LV造影 | regraded 2020 2->3 | regraded 2023-01 4->3",
            lines);
        Assert.Contains("2 | 2 | 心血管疾病 | 经皮冠状动脉腔内血管成形术[PTCA] | 经皮冠状动脉腔内血管成形术(PTCA)", lines);
    }

    [Fact]
    public void Read_numbers_entries_by_their_line_in_the_file()
    {
        var read = LockFormat.Read(Path, LockFormat.Write("test.txt", Sample));

        // Four header lines, then one entry a line in ID order.
        Assert.Equal(new[] { 5, 6, 7, 8, 9, 10, 11 }, read.Entries.Select(e => e.Line));
    }

    [Fact]
    public void Writing_no_entries_gives_the_header_only_and_reads_back_empty()
    {
        var text = LockFormat.Write("empty.txt", Array.Empty<LockEntry>());

        Assert.Equal(LockFormat.Header("empty.txt"), text);
        var read = LockFormat.Read(Path, text);
        Assert.Empty(read.Entries);
        Assert.Empty(read.Diagnostics);
        Assert.Equal(0, read.MaxId);
    }

    [Fact]
    public void Read_accepts_CRLF_blank_lines_comments_and_a_byte_order_mark()
    {
        var text = "\uFEFF" + LockFormat.Write("test.txt", Sample).Replace("\n", "\r\n").Replace("\r\n2 | ", "\r\n\r\n# 注释\r\n   \r\n2 | ");

        var read = LockFormat.Read(Path, text);

        Assert.True(read.Diagnostics.Count == 0, LockKit.Describe(read.Diagnostics));
        Assert.Equal(Sample.OrderBy(e => e.Id).ToArray(), read.Entries.AsArray());
    }

    [Fact]
    public void A_byte_order_mark_before_a_first_entry_does_not_hide_it()
    {
        var text = "\uFEFF" + LockKit.Entry(1, 1, "心血管疾病", "甲术") + "\n" + LockKit.Entry(2, 1, "心血管疾病", "乙术") + "\n";

        var read = LockFormat.Read(Path, text);

        Assert.Empty(read.Diagnostics);
        Assert.Equal(new[] { 1, 2 }, read.Entries.Select(e => e.Id));
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2025-06-01")]
    [InlineData("v1\\2")]
    [InlineData("a;b")]
    [InlineData("a|b")]
    public void Editions_round_trip_in_tombstones_and_regrades(string edition)
    {
        var entries = new[]
        {
            NewEntry(1, SurgicalGrade.Grade2, new[] { "心血管疾病" }, "甲术", retiredIn: edition, regrades: new[] { new Regrade(edition, SurgicalGrade.Grade1, SurgicalGrade.Grade2) }),
        };

        var read = LockFormat.Read(Path, LockFormat.Write("test.txt", entries));

        Assert.True(read.Diagnostics.Count == 0, LockKit.Describe(read.Diagnostics));
        Assert.Equal(entries, read.Entries.AsArray());
    }

    [Fact]
    public void Read_sorts_entries_by_id_whatever_the_order_in_the_file()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(9, 1, "心血管疾病", "丙术"),
            LockKit.Entry(2, 1, "心血管疾病", "甲术"),
            LockKit.Entry(5, 1, "心血管疾病", "乙术"),
        });

        var read = LockFormat.Read(Path, text);

        Assert.Empty(read.Diagnostics);
        Assert.Equal(new[] { 2, 5, 9 }, read.Entries.Select(e => e.Id));
        Assert.Equal(new[] { 6, 7, 5 }, read.Entries.Select(e => e.Line));
        Assert.Equal(9, read.MaxId);
    }

    [Fact]
    public void Shipped_lock_has_172_entries_and_no_diagnostics()
    {
        var read = LockFormat.Read(ShippedLockPath, File.ReadAllText(ShippedLockPath, Encoding.UTF8));

        Assert.True(read.Diagnostics.Count == 0, LockKit.Describe(read.Diagnostics));
        Assert.Equal(172, read.Entries.Count);
        Assert.Equal(Enumerable.Range(1, 172), read.Entries.Select(e => e.Id));
        Assert.Equal(172, read.MaxId);
        Assert.DoesNotContain(read.Entries, e => e.IsRetired);
        var catchAll = Assert.Single(read.Entries, e => e.IsCatchAll);
        Assert.Equal("其他准予临床应用的新技术", catchAll.Name);
        Assert.Equal(new[] { "外周血管", "综合介入" }, catchAll.Specialties.AsArray());
    }

    [Fact]
    public void Shipped_lock_is_exactly_what_LockFormat_writes()
    {
        var text = File.ReadAllText(ShippedLockPath, Encoding.UTF8);

        var read = LockFormat.Read(ShippedLockPath, text);

        Assert.Equal(text, LockFormat.Write("interventional.txt", read.Entries));
    }

    [Fact]
    public void Shipped_lock_matches_the_shipped_catalogue_without_changes()
    {
        Assert.Equal(ShippedLockPath, LockFile.PathFor(ShippedCataloguePath));
        var lockFile = LockFormat.Read(ShippedLockPath, File.ReadAllText(ShippedLockPath, Encoding.UTF8));
        var document = CatalogueParser.Parse(ShippedCataloguePath, File.ReadAllText(ShippedCataloguePath, Encoding.UTF8), "UTF-8");

        var locked = LockReconciler.Reconcile(document, lockFile, "test");

        Assert.Empty(locked.Changes);
        Assert.Empty(locked.Diagnostics);
        Assert.Empty(locked.Retired);
        Assert.False(locked.HasDrift);
        Assert.Equal(lockFile.Entries.AsArray(), locked.Accepted.AsArray());
        var byKey = lockFile.Entries.ToDictionary(e => e.Key, e => e.Id);
        Assert.All(locked.Document.Procedures, p => Assert.Equal(byKey[p.Key], p.Id));
    }

    // ---- Malformed lines: CSDK2010 on the right line, the other entries still read, never an exception. ----

    public static IEnumerable<object[]> MalformedLines() => new[]
    {
        new object[] { "too few fields", "2 | 1 | 心血管疾病 | 乙术" },
        new object[] { "one field", "2" },
        new object[] { "non-numeric ID", "x | 1 | 心血管疾病 | 乙术 | 乙术" },
        new object[] { "negative ID", "-2 | 1 | 心血管疾病 | 乙术 | 乙术" },
        new object[] { "zero ID", "0 | 1 | 心血管疾病 | 乙术 | 乙术" },
        new object[] { "ID too large", "99999999999 | 1 | 心血管疾病 | 乙术 | 乙术" },
        new object[] { "grade 5", "2 | 5 | 心血管疾病 | 乙术 | 乙术" },
        new object[] { "grade 0", "2 | 0 | 心血管疾病 | 乙术 | 乙术" },
        new object[] { "grade in Chinese", "2 | 二 | 心血管疾病 | 乙术 | 乙术" },
        new object[] { "empty name", "2 | 1 | 心血管疾病 |  | 乙术" },
        new object[] { "empty specialties", "2 | 1 |  | 乙术 | 乙术" },
        new object[] { "unknown note", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | frobnicate" },
        new object[] { "catch-all with a value", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | catch-all yes" },
        new object[] { "retired without edition", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | retired" },
        new object[] { "retired with two words", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | retired 2020 年" },
        new object[] { "successor not a number", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | retired 2020 | successor abc" },
        new object[] { "alias without name", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | alias" },
        new object[] { "regraded with a bad arrow", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | regraded 2020 2=>1" },
        new object[] { "regraded without arrow", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | regraded 2020 21" },
        new object[] { "regraded to grade 5", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | regraded 2020 1->5" },
        new object[] { "regraded without from", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | regraded 2020 ->1" },
        new object[] { "regraded without edition", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | regraded 2->1" },
        new object[] { "regraded with spaces in the arrow", "2 | 1 | 心血管疾病 | 乙术 | 乙术 | regraded 2020 2 -> 1" },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void Malformed_line_is_CSDK2010_on_its_line(string what, string badLine)
    {
        var text = LockKit.LockText(new[] { LockKit.Entry(1, 1, "心血管疾病", "甲术"), badLine, LockKit.Entry(3, 1, "心血管疾病", "丙术") });

        var read = LockFormat.Read(Path, text);

        var d = Assert.Single(read.Diagnostics);
        Assert.True(d.Id == "CSDK2010", what + ": " + LockKit.Describe(read.Diagnostics));
        Assert.Equal(CatalogueSeverity.Error, d.Severity);
        Assert.Equal(Path, d.FilePath);
        Assert.Equal(6, d.Line);
        Assert.Equal(1, d.Column);
        Assert.Equal(text.IndexOf(badLine + "\n", StringComparison.Ordinal), d.Offset);
        Assert.Equal(badLine.Length, d.Length);
        Assert.Equal(new[] { 1, 3 }, read.Entries.Select(e => e.Id));
        Assert.StartsWith("test.lock(6,1): error CSDK2010: 锁文件的这一行无法读取：", d.ToCanonicalString());
    }

    [Fact]
    public void Each_malformed_line_is_reported_on_its_own_line()
    {
        var bad = MalformedLines().Select(m => (string)m[1]).ToArray();
        var text = LockFormat.Header("test.txt") + string.Concat(bad.Select(l => l + "\n"));

        var read = LockFormat.Read(Path, text);

        Assert.Empty(read.Entries);
        Assert.Equal(Enumerable.Range(5, bad.Length), read.Diagnostics.Select(d => d.Line));
        Assert.All(read.Diagnostics, d => Assert.Equal("CSDK2010", d.Id));
    }

    [Fact]
    public void Malformed_line_message_says_what_is_wrong()
    {
        var read = LockFormat.Read(Path, LockKit.LockText(new[] { "2 | 5 | 心血管疾病 | 乙术 | 乙术" }));

        var d = Assert.Single(read.Diagnostics);
        Assert.Contains("级别「5」不是 1–4", d.Message);
        Assert.Contains("the grade '5' is not 1–4", d.Message);
    }

    [Fact]
    public void Duplicate_id_is_CSDK2011_naming_both_lines()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(1, 1, "心血管疾病", "甲术"),   // line 5
            LockKit.Entry(2, 1, "心血管疾病", "乙术"),   // line 6
            LockKit.Entry(1, 2, "心血管疾病", "丙术"),   // line 7
        });

        var read = LockFormat.Read(Path, text);

        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("CSDK2011", d.Id);
        Assert.Equal(7, d.Line);
        Assert.Equal(1, d.Column);
        Assert.Equal(new[] { "1", "5", "7" }, d.Arguments.AsArray());
        Assert.Contains("第 5 行与第 7 行", d.Message);
        Assert.Contains("lines 5 and 7", d.Message);
        Assert.Equal(new[] { "甲术", "乙术" }, read.Entries.Select(e => e.Name));
    }

    [Fact]
    public void Duplicate_name_is_CSDK2012_naming_both_lines()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(1, 1, "心血管疾病", "冠状动脉造影(CAG)"),   // line 5
            LockKit.Entry(2, 1, "心血管疾病", "冠状动脉造影［ｃａｇ］"), // line 6: the same key
        });

        var read = LockFormat.Read(Path, text);

        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("CSDK2012", d.Id);
        Assert.Equal(6, d.Line);
        Assert.Equal(new[] { CatalogueText.ToKey("冠状动脉造影(CAG)"), "5", "6" }, d.Arguments.AsArray());
        Assert.Equal(new[] { 1 }, read.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Alias_equal_to_an_earlier_name_is_CSDK2012()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(1, 1, "心血管疾病", "甲术"),                  // line 5
            LockKit.Entry(2, 1, "心血管疾病", "乙术", "alias 甲术"),    // line 6
        });

        var read = LockFormat.Read(Path, text);

        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("CSDK2012", d.Id);
        Assert.Equal(6, d.Line);
        Assert.Equal(new[] { "甲术", "5", "6" }, d.Arguments.AsArray());
    }

    [Fact]
    public void Name_equal_to_an_earlier_alias_is_CSDK2012()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(1, 1, "心血管疾病", "甲术", "alias 乙 术"),   // line 5
            LockKit.Entry(2, 1, "心血管疾病", "乙术", "retired 2020"),  // line 6
        });

        var read = LockFormat.Read(Path, text);

        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("CSDK2012", d.Id);
        Assert.Equal(6, d.Line);
        Assert.Equal(new[] { "乙术", "5", "6" }, d.Arguments.AsArray());
    }

    [Fact]
    public void An_alias_that_is_the_name_respelled_is_not_a_duplicate()
    {
        var read = LockFormat.Read(Path, LockKit.LockText(new[] { LockKit.Entry(1, 3, "心血管疾病", "经皮冠状动脉腔内血管成形术[PTCA]", "alias 经皮冠状动脉腔内血管成形术（PTCA）") }));

        Assert.Empty(read.Diagnostics);
        Assert.Single(read.Entries);
    }

    [Fact]
    public void Key_that_does_not_match_the_name_is_CSDK2013()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(1, 1, "心血管疾病", "甲术"),
            "2 | 1 | 心血管疾病 | 乙术 | 丁术",   // line 6
        });

        var read = LockFormat.Read(Path, text);

        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("CSDK2013", d.Id);
        Assert.Equal(6, d.Line);
        Assert.Equal(new[] { "2", "丁术", "乙术", "乙术" }, d.Arguments.AsArray());
        Assert.Equal(new[] { 1 }, read.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Key_written_as_the_name_instead_of_folded_is_CSDK2013()
    {
        var read = LockFormat.Read(Path, LockKit.LockText(new[] { "1 | 3 | 心血管疾病 | 经皮冠状动脉腔内血管成形术[PTCA] | 经皮冠状动脉腔内血管成形术[PTCA]" }));

        Assert.Equal("CSDK2013", Assert.Single(read.Diagnostics).Id);
    }

    [Fact]
    public void Successor_not_in_the_lock_is_CSDK2014_on_the_entry_line()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(1, 1, "心血管疾病", "甲术"),                                  // line 5
            LockKit.Entry(2, 1, "心血管疾病", "乙术", "retired 2020", "successor 9"),   // line 6
            LockKit.Entry(3, 1, "心血管疾病", "丙术", "retired 2020", "successor 1"),   // line 7
        });

        var read = LockFormat.Read(Path, text);

        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("CSDK2014", d.Id);
        Assert.Equal(6, d.Line);
        Assert.Equal(new[] { "2", "9" }, d.Arguments.AsArray());
        Assert.Equal(3, read.Entries.Count);
    }

    [Fact]
    public void Successor_that_appears_later_in_the_file_is_known()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(2, 1, "心血管疾病", "乙术", "retired 2020", "successor 5"),
            LockKit.Entry(5, 1, "心血管疾病", "戊术"),
        });

        Assert.Empty(LockFormat.Read(Path, text).Diagnostics);
    }

    [Fact]
    public void Successor_whose_line_was_rejected_is_CSDK2014()
    {
        var text = LockKit.LockText(new[]
        {
            LockKit.Entry(1, 1, "心血管疾病", "甲术", "retired 2020", "successor 2"),  // line 5
            "2 | 7 | 心血管疾病 | 乙术 | 乙术",                                        // line 6: CSDK2010
        });

        var read = LockFormat.Read(Path, text);

        Assert.Equal(new[] { "CSDK2010 test.lock(6,1)", "CSDK2014 test.lock(5,1)" }, read.Diagnostics.Select(LockKit.Position));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("|")]
    [InlineData(" | | | | | | ")]
    [InlineData("\\")]
    [InlineData("1 | 1 | 心血管疾病 | 甲术 | 甲术 | \\")]
    [InlineData("1 | 1 | \\;\\ | \\ | ")]
    [InlineData("\uFEFF")]
    [InlineData("\r\r\r")]
    public void Odd_input_never_throws(string text)
    {
        var read = LockFormat.Read(Path, text);

        Assert.All(read.Diagnostics, d => Assert.StartsWith("CSDK201", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Null_text_and_path_read_as_empty()
    {
        var read = LockFormat.Read(null!, null!);

        Assert.Empty(read.Entries);
        Assert.Empty(read.Diagnostics);
    }

    // ---- Fuzz: mutations of the shipped lock never throw, and what is read is consistent. ----

    [Fact]
    public void Random_mutations_of_the_shipped_lock_never_throw()
    {
        var original = File.ReadAllText(ShippedLockPath, Encoding.UTF8);
        var document = CatalogueParser.Parse(ShippedCataloguePath, File.ReadAllText(ShippedCataloguePath, Encoding.UTF8), "UTF-8");
        var random = new Random(20250601);
        const string Pool = "|\\; \n\r#-> 0123456789aZ术（）[]@\uFEFF\u3000\t";
        var totalDiagnostics = 0;
        for (var iteration = 0; iteration < 400; iteration++)
        {
            var text = original;
            var mutations = 1 + random.Next(4);
            for (var m = 0; m < mutations; m++)
            {
                text = Mutate(text, random, Pool);
            }

            LockFile read;
            try
            {
                read = LockFormat.Read(ShippedLockPath, text);
            }
            catch (Exception ex)
            {
                Assert.Fail("iteration " + iteration + ": Read threw " + ex + "\n--- text ---\n" + text);
                return;
            }

            var lineCount = text.Split('\n').Length;
            totalDiagnostics += read.Diagnostics.Count;
            Assert.All(read.Diagnostics, d =>
            {
                Assert.StartsWith("CSDK201", d.Id, StringComparison.Ordinal);
                Assert.InRange(d.Line, 1, lineCount);
                Assert.False(string.IsNullOrEmpty(d.Message));
            });
            var ids = read.Entries.Select(e => e.Id).ToArray();
            Assert.Equal(ids.OrderBy(i => i).Distinct().ToArray(), ids);
            Assert.All(read.Entries, e => Assert.Equal(CatalogueText.ToKey(e.Name), e.Key));

            // Whatever was read is written so that it reads back the same.
            var rewritten = LockFormat.Read(ShippedLockPath, LockFormat.Write("interventional.txt", read.Entries));
            Assert.True(
                rewritten.Entries.AsArray().SequenceEqual(read.Entries.AsArray()),
                "iteration " + iteration + ": entries changed when written and read again\n--- text ---\n" + text);

            try
            {
                var locked = LockReconciler.Reconcile(document, read, "fuzz");
                _ = LockReconciler.DriftDiagnostics(locked, ShippedCataloguePath, ShippedLockPath, ShippedCataloguePath).ToList();
                Assert.Equal(document.Procedures.Count, locked.Document.Procedures.Count);
                _ = LockFormat.Write("interventional.txt", locked.Accepted);
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail("iteration " + iteration + ": reconciling threw " + ex + "\n--- text ---\n" + text);
            }
        }

        // The mutations did reach the reader: most mutated locks have something to report.
        Assert.True(totalDiagnostics > 100, "only " + totalDiagnostics + " diagnostics in 400 mutated locks");
    }

    private static string Mutate(string text, Random random, string pool)
    {
        if (text.Length == 0)
        {
            return pool[random.Next(pool.Length)].ToString();
        }

        var at = random.Next(text.Length);
        switch (random.Next(8))
        {
            case 0: // delete a short run
                return text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(6)));
            case 1: // insert a character that means something to the reader
                return text.Insert(at, pool[random.Next(pool.Length)].ToString());
            case 2: // replace a character
                return text.Remove(at, 1).Insert(at, pool[random.Next(pool.Length)].ToString());
            case 3: // truncate
                return text.Substring(0, at);
            case 4: // duplicate a line
            {
                var lines = text.Split('\n').ToList();
                var i = random.Next(lines.Count);
                lines.Insert(random.Next(lines.Count + 1), lines[i]);
                return string.Join("\n", lines);
            }

            case 5: // swap two lines
            {
                var lines = text.Split('\n');
                var i = random.Next(lines.Length);
                var j = random.Next(lines.Length);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return string.Join("\n", lines);
            }

            case 6: // append a note to a line
            {
                var lines = text.Split('\n');
                var i = random.Next(lines.Length);
                string[] notes = { " | retired 2020", " | successor " + random.Next(400), " | alias 冠状动脉造影术", " | regraded x 1->4", " | catch-all", " | alias" };
                lines[i] += notes[random.Next(notes.Length)];
                return string.Join("\n", lines);
            }

            default: // change a number
            {
                var digit = text.IndexOfAny("0123456789".ToCharArray(), at);
                return digit < 0 ? text : text.Remove(digit, 1).Insert(digit, random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
