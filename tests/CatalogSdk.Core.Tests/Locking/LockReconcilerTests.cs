using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core.Locking;
using static CatalogSdk.Core.Tests.Locking.LockKit;

namespace CatalogSdk.Core.Tests.Locking;

/// <summary>
/// LockReconciler: each kind of change with its exact <see cref="CatalogueChange"/> and drift diagnostic, what does not
/// count as drift, how IDs are assigned and kept, and that accepting a change leaves nothing to accept.
/// </summary>
public class LockReconcilerTests
{
    private const string Cat = CataloguePath;
    private const string Lck = LockPath;

    private static string[] Changes(LockedCatalogue locked) => Describe(locked.Changes);

    [Fact]
    public void Base_catalogue_and_its_lock_agree()
    {
        var locked = Reconcile(BaseLines, BaseLock());

        Assert.Empty(locked.Changes);
        Assert.Empty(locked.Diagnostics);
        Assert.Empty(Drift(locked));
        Assert.False(locked.HasDrift);
        Assert.Equal(BaseLock().Entries.AsArray(), locked.Accepted.AsArray());
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, locked.Document.Procedures.Select(p => p.Id));
        var retired = Assert.Single(locked.Retired);
        Assert.Equal(9, retired.Entry.Id);
        Assert.Equal("经皮球囊瓣膜成形术", retired.Identifier);
    }

    [Fact]
    public void Without_a_lock_every_procedure_is_added_in_order_of_appearance()
    {
        var locked = Reconcile(BaseLines, null);

        Assert.Equal(
            new[]
            {
                Change(ChangeKind.Added, 1, "人工起搏器功能检查", SurgicalGrade.Grade1, "心血管疾病", line: 4),
                Change(ChangeKind.Added, 2, "动脉导管插入术", SurgicalGrade.Grade2, "心血管疾病", line: 6),
                Change(ChangeKind.Added, 3, "冠状动脉造影术", SurgicalGrade.Grade3, "心血管疾病", line: 8),
                Change(ChangeKind.Added, 4, "左心室造影", SurgicalGrade.Grade3, "心血管疾病", line: 9),
                Change(ChangeKind.Added, 5, "经皮冠状动脉腔内血管成形术[PTCA]", SurgicalGrade.Grade3, "心血管疾病", line: 10),
                Change(ChangeKind.Added, 6, "冠状动脉支架植入术", SurgicalGrade.Grade4, "心血管疾病", line: 12),
                Change(ChangeKind.Added, 7, "下肢动脉造影术", SurgicalGrade.Grade3, "外周血管", line: 15),
                Change(ChangeKind.Added, 8, "其他准予临床应用的新技术", SurgicalGrade.Grade4, "外周血管", catchAll: true, line: 17),
            },
            Changes(locked));
        Assert.Empty(locked.Diagnostics);
        Assert.Equal(BaseLock().Entries.Take(8).ToArray(), locked.Accepted.AsArray());
    }

    [Fact]
    public void Without_a_lock_renamed_from_is_not_checked_but_replaces_naming_nothing_is_CSDK2008()
    {
        // @原名 names what the lock would have called the procedure; with no lock there is nothing to confirm, and once
        // the first lock holds the new name the annotation is satisfied. @取代 naming nothing would be CSDK2008 in every
        // check after the first lock, so the first reconciliation reports it too and 'lock update' refuses it.
        var locked = Reconcile(BaseWith(Edit.Replace(9, "左心室造影术 @原名 不存在的手术"), Edit.Replace(8, "冠状动脉造影术 @取代 也不存在")), null);

        var diagnostic = Assert.Single(locked.Diagnostics);
        Assert.Equal("CSDK2008", diagnostic.Descriptor.Id);
        Assert.Equal(8, diagnostic.Line);
        Assert.Contains("也不存在", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(8, locked.Changes.Count);
    }

    // ---- One kind of change at a time. ----

    [Fact]
    public void Added_procedure_gets_an_id_above_every_id_ever_used()
    {
        var locked = Reconcile(BaseWith(Edit.InsertAfter(10, "冠状动脉血流储备分数检查")), BaseLock());

        // ID 9 is retired and is the highest: the new procedure gets 10.
        Assert.Equal(new[] { Change(ChangeKind.Added, 10, "冠状动脉血流储备分数检查", SurgicalGrade.Grade3, "心血管疾病", line: 11) }, Changes(locked));
        Assert.Equal(new[] { $"CSDK2001 {Cat}(11,1)" }, Drift(locked));
        Assert.Empty(locked.Diagnostics);
        Assert.True(locked.HasDrift);
        var added = EntryById(locked, 10);
        Assert.Equal("冠状动脉血流储备分数检查", added.Name);
        Assert.False(added.IsRetired);
        Assert.Equal(new[] { "心血管疾病" }, added.Specialties.AsArray());
        Assert.Equal(10, locked.Document.Procedures.Single(p => p.Name == "冠状动脉血流储备分数检查").Id);
    }

    [Fact]
    public void Added_drift_message_names_the_procedure_grade_and_specialties()
    {
        var locked = Reconcile(BaseWith(Edit.InsertAfter(10, "冠状动脉血流储备分数检查")), BaseLock());

        var d = Assert.Single(LockReconciler.DriftDiagnostics(locked, Cat, Lck, "target.txt"));
        Assert.Equal(new[] { "冠状动脉血流储备分数检查", "三级手术，心血管疾病", "target.txt", "Grade 3, 心血管疾病" }, d.Arguments.AsArray());
        Assert.Equal(CatalogSdk.Core.Diagnostics.CatalogueSeverity.Error, d.Severity);
    }

    [Fact]
    public void Removed_procedure_gets_a_tombstone_positioned_in_the_lock()
    {
        var locked = Reconcile(BaseWith(Edit.Remove(9)), BaseLock());

        Assert.Equal(new[] { Change(ChangeKind.Retired, 4, "左心室造影", SurgicalGrade.Grade3, "心血管疾病", lockLine: 8) }, Changes(locked));
        Assert.Equal(new[] { $"CSDK2002 {Lck}(8,1)" }, Drift(locked));
        var tombstone = EntryById(locked, 4);
        Assert.Equal("2025", tombstone.RetiredIn);
        Assert.Null(tombstone.SuccessorId);
        Assert.Equal("左心室造影", tombstone.Name);
        Assert.Equal(SurgicalGrade.Grade3, tombstone.Grade);
        Assert.Equal(new[] { 4, 9 }, locked.Retired.Select(r => r.Entry.Id));
        Assert.Equal("左心室造影", locked.Retired.Single(r => r.Entry.Id == 4).Identifier);
        Assert.DoesNotContain(locked.Document.Procedures, p => p.Id == 4);
    }

    [Fact]
    public void Removed_drift_message_names_the_procedure_and_its_id()
    {
        var locked = Reconcile(BaseWith(Edit.Remove(9)), BaseLock());

        var d = Assert.Single(LockReconciler.DriftDiagnostics(locked, Cat, Lck, "target.txt"));
        Assert.Equal(new[] { "左心室造影", "4", "target.txt" }, d.Arguments.AsArray());
    }

    [Fact]
    public void Unconfirmed_rename_is_a_retirement_and_an_addition()
    {
        var locked = Reconcile(BaseWith(Edit.Replace(9, "左心室造影术")), BaseLock());

        Assert.Equal(
            new[]
            {
                Change(ChangeKind.Retired, 4, "左心室造影", SurgicalGrade.Grade3, "心血管疾病", lockLine: 8),
                Change(ChangeKind.Added, 10, "左心室造影术", SurgicalGrade.Grade3, "心血管疾病", line: 9),
            },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2002 {Lck}(8,1)", $"CSDK2001 {Cat}(9,1)" }, Drift(locked));
    }

    [Theory]
    [InlineData("左心室造影术 @原名 左心室造影")]
    [InlineData("左心室造影术 @renamed-from 左心室造影")]
    [InlineData("左心室造影术 ＠原名 左心室 造影")]
    public void Rename_confirmed_by_renamed_from_keeps_the_id_and_the_old_name_as_alias(string line)
    {
        var locked = Reconcile(BaseWith(Edit.Replace(9, line)), BaseLock());

        Assert.Equal(
            new[] { Change(ChangeKind.Renamed, 4, "左心室造影术", SurgicalGrade.Grade3, "心血管疾病", oldName: "左心室造影", oldGrade: SurgicalGrade.Grade3, line: 9, lockLine: 8) },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2005 {Cat}(9,1)" }, Drift(locked));
        Assert.Empty(locked.Diagnostics);
        var renamed = EntryById(locked, 4);
        Assert.Equal("左心室造影术", renamed.Name);
        Assert.Equal(CatalogueText.ToKey("左心室造影术"), renamed.Key);
        Assert.Equal(new[] { "左心室造影" }, renamed.Aliases.AsArray());
        Assert.False(renamed.IsRetired);
        Assert.Equal(4, locked.Document.Procedures.Single(p => p.Name == "左心室造影术").Id);
    }

    [Fact]
    public void Rename_drift_message_names_old_and_new()
    {
        var locked = Reconcile(BaseWith(Edit.Replace(9, "左心室造影术 @原名 左心室造影")), BaseLock());

        var d = Assert.Single(LockReconciler.DriftDiagnostics(locked, Cat, Lck, "target.txt"));
        Assert.Equal(new[] { "左心室造影", "4", "左心室造影术", "target.txt" }, d.Arguments.AsArray());
    }

    [Fact]
    public void Rename_and_regrade_together_are_two_changes_of_one_id()
    {
        // 左心室造影 (grade 3) renamed and moved under 四级手术 of the same specialty.
        var locked = Reconcile(BaseWith(Edit.Remove(9), Edit.InsertAfter(11, "左心室造影术 @原名 左心室造影")), BaseLock());

        Assert.Equal(
            new[]
            {
                Change(ChangeKind.Renamed, 4, "左心室造影术", SurgicalGrade.Grade4, "心血管疾病", oldName: "左心室造影", oldGrade: SurgicalGrade.Grade3, line: 12, lockLine: 8),
                Change(ChangeKind.Regraded, 4, "左心室造影术", SurgicalGrade.Grade4, "心血管疾病", oldGrade: SurgicalGrade.Grade3, line: 12, lockLine: 8),
            },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2005 {Cat}(12,1)", $"CSDK2003 {Cat}(12,1)" }, Drift(locked));
        Assert.Equal(new[] { new Regrade("2025", SurgicalGrade.Grade3, SurgicalGrade.Grade4) }, EntryById(locked, 4).Regrades.AsArray());
    }

    [Fact]
    public void Returning_to_an_alias_name_is_a_rename_back_to_the_same_id()
    {
        var lockFile = ReadLock(BaseLockWith(4, Entry(4, 3, "心血管疾病", "左心室造影术", "alias 左心室造影")));

        var locked = Reconcile(BaseLines, lockFile);

        Assert.Equal(
            new[] { Change(ChangeKind.Renamed, 4, "左心室造影", SurgicalGrade.Grade3, "心血管疾病", oldName: "左心室造影术", oldGrade: SurgicalGrade.Grade3, line: 9, lockLine: 8) },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2005 {Cat}(9,1)" }, Drift(locked));
        var entry = EntryById(locked, 4);
        Assert.Equal("左心室造影", entry.Name);
        Assert.Equal(new[] { "左心室造影术" }, entry.Aliases.AsArray());
    }

    [Fact]
    public void Rename_keeps_older_aliases()
    {
        var lockFile = ReadLock(BaseLockWith(4, Entry(4, 3, "心血管疾病", "左心室造影", "alias 左室造影")));

        var locked = Reconcile(BaseWith(Edit.Replace(9, "左心室造影术 @原名 左心室造影")), lockFile);

        Assert.Equal(new[] { "左室造影", "左心室造影" }, EntryById(locked, 4).Aliases.AsArray());
    }

    [Fact]
    public void Renamed_from_may_name_an_alias()
    {
        var lockFile = ReadLock(BaseLockWith(4, Entry(4, 3, "心血管疾病", "左心室造影", "alias 左室造影")));

        var locked = Reconcile(BaseWith(Edit.Replace(9, "左心室造影术 @原名 左室造影")), lockFile);

        Assert.Equal(
            new[] { Change(ChangeKind.Renamed, 4, "左心室造影术", SurgicalGrade.Grade3, "心血管疾病", oldName: "左心室造影", oldGrade: SurgicalGrade.Grade3, line: 9, lockLine: 8) },
            Changes(locked));
    }

    [Fact]
    public void Regrade_up_appends_to_the_history()
    {
        // 冠状动脉造影术 (ID 3, grade 3) moved under 四级手术; the lock already records an earlier regrade.
        var lockFile = ReadLock(BaseLockWith(3, Entry(3, 3, "心血管疾病", "冠状动脉造影术", "regraded 2020 2->3")));

        var locked = Reconcile(BaseWith(Edit.Remove(8), Edit.InsertAfter(10, "冠状动脉造影术")), lockFile);

        Assert.Equal(
            new[] { Change(ChangeKind.Regraded, 3, "冠状动脉造影术", SurgicalGrade.Grade4, "心血管疾病", oldGrade: SurgicalGrade.Grade3, line: 11, lockLine: 7) },
            Changes(locked));
        Assert.True(locked.Changes.Single().IsUpgrade);
        Assert.Equal(new[] { $"CSDK2003 {Cat}(11,1)" }, Drift(locked));
        var entry = EntryById(locked, 3);
        Assert.Equal(SurgicalGrade.Grade4, entry.Grade);
        Assert.Equal(
            new[] { new Regrade("2020", SurgicalGrade.Grade2, SurgicalGrade.Grade3), new Regrade("2025", SurgicalGrade.Grade3, SurgicalGrade.Grade4) },
            entry.Regrades.AsArray());
    }

    [Fact]
    public void Regrade_down_is_recorded_as_down()
    {
        // 冠状动脉支架植入术 (ID 6, grade 4) moved under 三级手术.
        var locked = Reconcile(BaseWith(Edit.Remove(12), Edit.InsertAfter(10, "冠状动脉支架植入术")), BaseLock());

        Assert.Equal(
            new[] { Change(ChangeKind.Regraded, 6, "冠状动脉支架植入术", SurgicalGrade.Grade3, "心血管疾病", oldGrade: SurgicalGrade.Grade4, line: 11, lockLine: 10) },
            Changes(locked));
        Assert.False(locked.Changes.Single().IsUpgrade);
        Assert.Equal(new[] { $"CSDK2003 {Cat}(11,1)" }, Drift(locked));
        Assert.Equal(new[] { new Regrade("2025", SurgicalGrade.Grade4, SurgicalGrade.Grade3) }, EntryById(locked, 6).Regrades.AsArray());
    }

    [Fact]
    public void Regrade_drift_message_gives_both_grades_in_both_languages()
    {
        var locked = Reconcile(BaseWith(Edit.Remove(12), Edit.InsertAfter(10, "冠状动脉支架植入术")), BaseLock());

        var d = Assert.Single(LockReconciler.DriftDiagnostics(locked, Cat, Lck, "target.txt"));
        Assert.Contains("级别由四级手术变为三级手术", d.Message);
        Assert.Contains("changed from " + SurgicalGrade.Grade4.GetEnglishLabel() + " to " + SurgicalGrade.Grade3.GetEnglishLabel(), d.Message);
    }

    [Fact]
    public void Moving_to_another_specialty_is_a_specialty_change()
    {
        // 下肢动脉造影术 (ID 7) moved from 外周血管 to 心血管疾病, same grade.
        var locked = Reconcile(BaseWith(Edit.Remove(15), Edit.InsertAfter(10, "下肢动脉造影术")), BaseLock());

        Assert.Equal(
            new[] { Change(ChangeKind.SpecialtiesChanged, 7, "下肢动脉造影术", SurgicalGrade.Grade3, "心血管疾病", oldSpecialties: "外周血管", line: 11, lockLine: 11) },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2004 {Cat}(11,1)" }, Drift(locked));
        Assert.Equal(new[] { "心血管疾病" }, EntryById(locked, 7).Specialties.AsArray());
    }

    [Fact]
    public void Listing_in_a_second_specialty_is_a_specialty_change()
    {
        var locked = Reconcile(BaseWith(Edit.InsertAfter(10, "下肢动脉造影术")), BaseLock());

        Assert.Equal(
            new[] { Change(ChangeKind.SpecialtiesChanged, 7, "下肢动脉造影术", SurgicalGrade.Grade3, "心血管疾病;外周血管", oldSpecialties: "外周血管", line: 11, lockLine: 11) },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2004 {Cat}(11,1)" }, Drift(locked));
    }

    [Fact]
    public void Catch_all_marking_removed_is_a_change()
    {
        var locked = Reconcile(BaseWith(Edit.Replace(17, "其他准予临床应用的新技术")), BaseLock());

        Assert.Equal(
            new[] { Change(ChangeKind.CatchAllChanged, 8, "其他准予临床应用的新技术", SurgicalGrade.Grade4, "外周血管", catchAll: false, line: 17, lockLine: 12) },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2009 {Cat}(17,1)" }, Drift(locked));
        Assert.False(EntryById(locked, 8).IsCatchAll);
    }

    [Fact]
    public void Catch_all_marking_added_is_a_change()
    {
        var locked = Reconcile(BaseWith(Edit.Replace(15, "下肢动脉造影术 @catch-all")), BaseLock());

        Assert.Equal(
            new[] { Change(ChangeKind.CatchAllChanged, 7, "下肢动脉造影术", SurgicalGrade.Grade3, "外周血管", catchAll: true, line: 15, lockLine: 11) },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2009 {Cat}(15,1)" }, Drift(locked));
        Assert.True(EntryById(locked, 7).IsCatchAll);
    }

    [Fact]
    public void Retired_procedure_listed_again_is_reinstated_with_its_id()
    {
        var locked = Reconcile(BaseWith(Edit.InsertAfter(6, "经皮球囊瓣膜成形术")), BaseLock());

        // OldName carries the edition that retired it.
        Assert.Equal(
            new[] { Change(ChangeKind.Reinstated, 9, "经皮球囊瓣膜成形术", SurgicalGrade.Grade2, "心血管疾病", oldName: "2023", oldGrade: SurgicalGrade.Grade2, line: 7, lockLine: 13) },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2006 {Cat}(7,1)" }, Drift(locked));
        var entry = EntryById(locked, 9);
        Assert.False(entry.IsRetired);
        Assert.Null(entry.SuccessorId);
        Assert.Empty(locked.Retired);
        Assert.Equal(9, locked.Document.Procedures.Single(p => p.Name == "经皮球囊瓣膜成形术").Id);
    }

    [Fact]
    public void Reinstated_at_another_grade_is_also_regraded()
    {
        var locked = Reconcile(BaseWith(Edit.InsertAfter(10, "经皮球囊瓣膜成形术")), BaseLock());

        Assert.Equal(
            new[]
            {
                Change(ChangeKind.Regraded, 9, "经皮球囊瓣膜成形术", SurgicalGrade.Grade3, "心血管疾病", oldGrade: SurgicalGrade.Grade2, line: 11, lockLine: 13),
                Change(ChangeKind.Reinstated, 9, "经皮球囊瓣膜成形术", SurgicalGrade.Grade3, "心血管疾病", oldName: "2023", oldGrade: SurgicalGrade.Grade2, line: 11, lockLine: 13),
            },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2003 {Cat}(11,1)", $"CSDK2006 {Cat}(11,1)" }, Drift(locked));
    }

    [Fact]
    public void Replaces_names_the_successor_of_the_removed_procedure()
    {
        var locked = Reconcile(BaseWith(Edit.Replace(9, "左心室造影术 @取代 左心室造影")), BaseLock());

        Assert.Equal(
            new[]
            {
                Change(ChangeKind.Retired, 4, "左心室造影", SurgicalGrade.Grade3, "心血管疾病", successor: 10, lockLine: 8),
                Change(ChangeKind.Added, 10, "左心室造影术", SurgicalGrade.Grade3, "心血管疾病", line: 9),
            },
            Changes(locked));
        Assert.Equal(new[] { $"CSDK2002 {Lck}(8,1)", $"CSDK2001 {Cat}(9,1)" }, Drift(locked));
        Assert.Empty(locked.Diagnostics);
        var tombstone = EntryById(locked, 4);
        Assert.Equal("2025", tombstone.RetiredIn);
        Assert.Equal(10, tombstone.SuccessorId);
    }

    [Fact]
    public void Replaces_in_English_works_the_same()
    {
        var locked = Reconcile(BaseWith(Edit.Replace(9, "左心室造影术 @replaces 左心室造影")), BaseLock());

        Assert.Equal(10, EntryById(locked, 4).SuccessorId);
    }

    [Fact]
    public void Replaces_gives_an_already_retired_procedure_its_successor()
    {
        var locked = Reconcile(BaseWith(Edit.InsertAfter(6, "经皮球囊瓣膜扩张术 @取代 经皮球囊瓣膜成形术")), BaseLock());

        Assert.Equal(new[] { Change(ChangeKind.Added, 10, "经皮球囊瓣膜扩张术", SurgicalGrade.Grade2, "心血管疾病", line: 7) }, Changes(locked));
        var tombstone = EntryById(locked, 9);
        Assert.Equal("2023", tombstone.RetiredIn);
        Assert.Equal(10, tombstone.SuccessorId);
    }

    [Fact]
    public void Renamed_from_naming_an_unknown_procedure_is_CSDK2008()
    {
        var locked = Reconcile(BaseWith(Edit.InsertAfter(10, "冠状动脉血流储备分数检查 @原名 不存在的手术")), BaseLock());

        var d = Assert.Single(locked.Diagnostics);
        Assert.Equal("CSDK2008", d.Id);
        Assert.Equal(Cat, d.FilePath);
        Assert.Equal(11, d.Line);
        Assert.Equal(1, d.Column);
        Assert.Equal(new[] { "原名", "不存在的手术" }, d.Arguments.AsArray());
        Assert.Equal(CatalogSdk.Core.Diagnostics.CatalogueSeverity.Error, d.Severity);
        // The line is still a procedure: it is reported as added, not dropped.
        Assert.Equal(new[] { Change(ChangeKind.Added, 10, "冠状动脉血流储备分数检查", SurgicalGrade.Grade3, "心血管疾病", line: 11) }, Changes(locked));
        Assert.Equal(new[] { $"CSDK2001 {Cat}(11,1)" }, Drift(locked));
    }

    [Fact]
    public void Replaces_naming_an_unknown_procedure_is_CSDK2008()
    {
        var locked = Reconcile(BaseWith(Edit.InsertAfter(10, "冠状动脉血流储备分数检查 @取代 不存在的手术")), BaseLock());

        var d = Assert.Single(locked.Diagnostics);
        Assert.Equal("CSDK2008", d.Id);
        Assert.Equal(11, d.Line);
        Assert.Equal(new[] { "取代", "不存在的手术" }, d.Arguments.AsArray());
        Assert.Equal(new[] { Change(ChangeKind.Added, 10, "冠状动脉血流储备分数检查", SurgicalGrade.Grade3, "心血管疾病", line: 11) }, Changes(locked));
    }

    // ---- What is not drift. ----

    [Fact]
    public void Reordered_lines_comments_blank_lines_and_whitespace_are_no_change()
    {
        var rewritten = new[]
        {
            "# 注释：本行不是手术",
            "  测试介入诊疗手术分级目录  ",
            "",
            "（一）心血管疾病介入诊疗手术分级目录\t",
            "一级手术",
            "\u3000人工起搏器功能检查 ",
            "四级手术",
            "冠状动脉支架植入术",
            "三级手术",
            "# 顺序调换",
            "经皮冠状动脉腔内血管成形术[PTCA]",
            "左心室造影   ",
            "",
            "冠状动脉造影术",
            "二级手术",
            "动脉导管插入术",
            "(二)外周血管介入诊疗手术分级目录",
            "四级手术",
            "其他准予临床应用的新技术 @兜底",
            "三级手术",
            "下肢动脉造影术",
        };

        var locked = Reconcile(rewritten, BaseLock());

        Assert.Empty(locked.Changes);
        Assert.Empty(Drift(locked));
        Assert.False(locked.HasDrift);
        Assert.Equal(BaseLock().Entries.AsArray(), locked.Accepted.AsArray());
    }

    [Fact]
    public void Bracket_width_and_inner_spaces_are_respelled_not_drift()
    {
        var locked = Reconcile(
            BaseWith(Edit.Replace(10, "经皮冠状动脉腔内血管成形术（ＰＴＣＡ）"), Edit.Replace(8, "冠状动脉 造影术")),
            BaseLock());

        Assert.Equal(
            new[]
            {
                Change(ChangeKind.Respelled, 3, "冠状动脉 造影术", SurgicalGrade.Grade3, "心血管疾病", oldName: "冠状动脉造影术", line: 8, lockLine: 7),
                Change(ChangeKind.Respelled, 5, "经皮冠状动脉腔内血管成形术（ＰＴＣＡ）", SurgicalGrade.Grade3, "心血管疾病", oldName: "经皮冠状动脉腔内血管成形术[PTCA]", line: 10, lockLine: 9),
            },
            Changes(locked));
        Assert.All(locked.Changes, c => Assert.False(c.IsDrift));
        Assert.False(locked.HasDrift);
        Assert.Empty(Drift(locked));
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, locked.Document.Procedures.Select(p => p.Id));
    }

    [Fact]
    public void Respelling_an_alias_of_the_current_name_is_not_a_rename()
    {
        var lockFile = ReadLock(BaseLockWith(5, Entry(5, 3, "心血管疾病", "经皮冠状动脉腔内血管成形术[PTCA]", "alias 经皮冠状动脉腔内血管成形")));

        var locked = Reconcile(BaseWith(Edit.Replace(10, "经皮冠状动脉腔内血管成形术(PTCA)")), lockFile);

        Assert.Equal(ChangeKind.Respelled, Assert.Single(locked.Changes).Kind);
        Assert.False(locked.HasDrift);
    }

    // ---- IDs. ----

    [Fact]
    public void New_ids_are_never_reused_across_successive_updates()
    {
        // Edition 1: 左心室造影 (ID 4) is removed and one procedure added. Accept it.
        var first = Reconcile(BaseWith(Edit.Remove(9), Edit.InsertAfter(9, "冠状动脉血流储备分数检查")), BaseLock());
        Assert.Equal(new[] { ChangeKind.Retired, ChangeKind.Added }, first.Changes.Select(c => c.Kind));
        Assert.Equal(new[] { 4, 10 }, first.Changes.Select(c => c.Id));
        var lock1 = Accept(first);

        // Edition 2: another procedure added: 11, not 4 (retired) nor 10 (taken).
        var second = Reconcile(BaseWith(Edit.Remove(9), Edit.InsertAfter(9, "冠状动脉血流储备分数检查"), Edit.InsertAfter(10, "冠状动脉内超声")), lock1);
        Assert.Equal(new[] { Change(ChangeKind.Added, 11, "冠状动脉内超声", SurgicalGrade.Grade3, "心血管疾病", line: 11) }, Changes(second));
        var lock2 = Accept(second);

        // Edition 3: the procedure of ID 11 removed again and a new one added: 12.
        var third = Reconcile(BaseWith(Edit.Remove(9), Edit.InsertAfter(9, "冠状动脉血流储备分数检查"), Edit.InsertAfter(10, "冠脉光学相干断层成像")), lock2);
        Assert.Equal(new[] { (ChangeKind.Retired, 11), (ChangeKind.Added, 12) }, third.Changes.Select(c => (c.Kind, c.Id)));
        Assert.Equal(12, Accept(third).MaxId);
    }

    [Fact]
    public void New_ids_start_above_the_highest_id_even_with_gaps_and_tombstones()
    {
        var lockFile = ReadLock(new[]
        {
            Entry(2, 1, "心血管疾病", "人工起搏器功能检查"),
            Entry(40, 3, "心血管疾病", "旧手术甲", "retired 2020"),
            Entry(17, 3, "心血管疾病", "冠状动脉造影术"),
        });
        var catalogue = new[] { "测试目录", "（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查", "三级手术", "冠状动脉造影术", "左心室造影", "下肢动脉造影术" };

        var locked = Reconcile(catalogue, lockFile);

        Assert.Equal(new[] { (ChangeKind.Added, 41), (ChangeKind.Added, 42) }, locked.Changes.Select(c => (c.Kind, c.Id)));
        Assert.Equal(new[] { 2, 17, 41, 42 }, locked.Document.Procedures.Select(p => p.Id));
        Assert.Equal(new[] { "人工起搏器功能检查", "冠状动脉造影术", "左心室造影", "下肢动脉造影术" }, locked.Document.Procedures.Select(p => p.Name));
    }

    [Fact]
    public void Ids_follow_the_lock_not_the_order_of_lines()
    {
        var rewritten = BaseWith(Edit.Remove(4), Edit.InsertAfter(11, "人工起搏器功能检查"));

        // Moving a line to another grade is a regrade, but the ID is still the lock's.
        var locked = Reconcile(rewritten, BaseLock());

        Assert.Equal(1, locked.Document.Procedures.Single(p => p.Name == "人工起搏器功能检查").Id);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, locked.Document.Procedures.Select(p => p.Id));
    }

    // ---- Accepting: write, read back, reconcile again. ----

    public static IEnumerable<object[]> Scenarios() => ScenarioTable.Keys.Select(k => new object[] { k });

    private static readonly Dictionary<string, (string[] Catalogue, string[] Lock)> ScenarioTable = new()
    {
        ["add"] = (BaseWith(Edit.InsertAfter(10, "冠状动脉血流储备分数检查")), BaseLockEntries),
        ["remove"] = (BaseWith(Edit.Remove(9)), BaseLockEntries),
        ["rename"] = (BaseWith(Edit.Replace(9, "左心室造影术 @原名 左心室造影")), BaseLockEntries),
        ["back to alias"] = (BaseLines, BaseLockWith(4, Entry(4, 3, "心血管疾病", "左心室造影术", "alias 左心室造影"))),
        ["regrade up"] = (BaseWith(Edit.Remove(8), Edit.InsertAfter(10, "冠状动脉造影术")), BaseLockWith(3, Entry(3, 3, "心血管疾病", "冠状动脉造影术", "regraded 2020 2->3"))),
        ["regrade down"] = (BaseWith(Edit.Remove(12), Edit.InsertAfter(10, "冠状动脉支架植入术")), BaseLockEntries),
        ["specialty"] = (BaseWith(Edit.Remove(15), Edit.InsertAfter(10, "下肢动脉造影术")), BaseLockEntries),
        ["catch-all"] = (BaseWith(Edit.Replace(17, "其他准予临床应用的新技术")), BaseLockEntries),
        ["reinstate"] = (BaseWith(Edit.InsertAfter(10, "经皮球囊瓣膜成形术")), BaseLockEntries),
        ["replaces"] = (BaseWith(Edit.Replace(9, "左心室造影术 @取代 左心室造影")), BaseLockEntries),
        ["respelled"] = (BaseWith(Edit.Replace(10, "经皮冠状动脉腔内血管成形术（PTCA）")), BaseLockEntries),
        ["everything"] = (
            BaseWith(
                Edit.Replace(17, "其他准予临床应用的新技术"),
                Edit.Remove(15),
                Edit.InsertAfter(12, "下肢动脉造影术"),
                Edit.Replace(9, "左心室造影术 @原名 左心室造影"),
                Edit.InsertAfter(6, "经皮球囊瓣膜成形术"),
                Edit.InsertAfter(4, "冠状动脉造影术"),
                Edit.Remove(10),
                Edit.InsertAfter(3, "冠状动脉内超声 @取代 人工起搏器功能检查"),
                Edit.Remove(5)),
            BaseLockEntries),
    };

    private static LockFile Accept(LockedCatalogue locked)
    {
        var text = LockFormat.Write(CataloguePath, locked.Accepted);
        var lockFile = LockFormat.Read(LockPath, text);
        Assert.True(lockFile.Diagnostics.Count == 0, Describe(lockFile.Diagnostics));
        return lockFile;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Accepting_leaves_nothing_to_accept(string scenario)
    {
        var (catalogue, entries) = ScenarioTable[scenario];
        var lockFile = ReadLock(entries);
        var document = Parse(catalogue);
        var before = LockReconciler.Reconcile(document, lockFile, Edition);
        Assert.NotEmpty(before.Changes);

        var accepted = Accept(before);
        var after = LockReconciler.Reconcile(document, accepted, "2026");

        Assert.True(after.Changes.Count == 0, string.Join("\n", Describe(after.Changes)));
        Assert.Empty(after.Diagnostics);
        Assert.False(after.HasDrift);
        Assert.Equal(accepted.Entries.AsArray(), after.Accepted.AsArray());
        Assert.Equal(before.Document.Procedures.Select(p => (p.Key, p.Id)), after.Document.Procedures.Select(p => (p.Key, p.Id)));
        Assert.Equal(before.Retired.Select(r => (r.Entry.Id, r.Identifier)), after.Retired.Select(r => (r.Entry.Id, r.Identifier)));
        Assert.Equal(before.Document.Procedures.Select(p => p.Identifier), after.Document.Procedures.Select(p => p.Identifier));

        // Entries no change touched are exactly as they were.
        var touched = before.Changes.Select(c => c.Id).ToHashSet();
        foreach (var original in lockFile.Entries.Where(e => !touched.Contains(e.Id)))
        {
            Assert.Equal(original, accepted.Entries.Single(e => e.Id == original.Id));
        }

        // And every entry of the old lock is still there: nothing is ever dropped.
        Assert.All(lockFile.Entries, e => Assert.Contains(accepted.Entries, a => a.Id == e.Id));
    }

    [Fact]
    public void The_everything_scenario_has_every_kind_of_drift()
    {
        var (catalogue, entries) = ScenarioTable["everything"];

        var locked = Reconcile(catalogue, ReadLock(entries));

        Assert.Equal(
            new[]
            {
                ChangeKind.Added, ChangeKind.Retired, ChangeKind.Renamed, ChangeKind.Regraded,
                ChangeKind.SpecialtiesChanged, ChangeKind.CatchAllChanged, ChangeKind.Reinstated,
            },
            locked.Changes.Select(c => c.Kind).Distinct().OrderBy(k => k));
        Assert.Equal(10, locked.Changes.Single(c => c.Kind == ChangeKind.Retired).SuccessorId);
        Assert.Empty(locked.Diagnostics);
    }

    // ---- Identifiers. ----

    private static readonly string[] TwinCatalogue =
    {
        "测试目录",
        "（一）心血管疾病介入诊疗手术分级目录",
        "三级手术",
        "颅内动脉瘤/动脉夹层介入栓塞术",   // line 4
        "颅内动脉瘤、动脉夹层介入栓塞术",  // line 5: the same identifier, another key
    };

    private const string Twin = "颅内动脉瘤_动脉夹层介入栓塞术";

    [Fact]
    public void Without_a_lock_the_first_listed_gets_the_plain_identifier()
    {
        var locked = Reconcile(TwinCatalogue, null);

        Assert.Equal(new[] { (1, "颅内动脉瘤/动脉夹层介入栓塞术", Twin), (2, "颅内动脉瘤、动脉夹层介入栓塞术", Twin + "_2") },
            locked.Document.Procedures.Select(p => (p.Id, p.Name, p.Identifier)));
    }

    [Fact]
    public void Identifiers_are_assigned_in_id_order_not_line_order()
    {
        var lockFile = ReadLock(new[]
        {
            Entry(1, 3, "心血管疾病", "颅内动脉瘤、动脉夹层介入栓塞术"),
            Entry(2, 3, "心血管疾病", "颅内动脉瘤/动脉夹层介入栓塞术"),
        });

        var locked = Reconcile(TwinCatalogue, lockFile);

        Assert.Empty(locked.Changes);
        Assert.Equal(new[] { (1, "颅内动脉瘤、动脉夹层介入栓塞术", Twin), (2, "颅内动脉瘤/动脉夹层介入栓塞术", Twin + "_2") },
            locked.Document.Procedures.Select(p => (p.Id, p.Name, p.Identifier)));
    }

    [Fact]
    public void A_retired_procedure_keeps_its_identifier_and_the_active_one_keeps_its_own()
    {
        var lockFile = ReadLock(new[]
        {
            Entry(1, 3, "心血管疾病", "颅内动脉瘤、动脉夹层介入栓塞术"),
            Entry(2, 3, "心血管疾病", "颅内动脉瘤/动脉夹层介入栓塞术"),
        });
        var withoutFirst = TwinCatalogue.Take(4).ToArray();

        var locked = Reconcile(withoutFirst, lockFile);

        var retired = Assert.Single(locked.Retired);
        Assert.Equal((1, Twin), (retired.Entry.Id, retired.Identifier));
        Assert.Equal((2, Twin + "_2"), (locked.Document.Procedures.Single().Id, locked.Document.Procedures.Single().Identifier));

        // Still so once the tombstone is accepted.
        var after = LockReconciler.Reconcile(Parse(withoutFirst), Accept(locked), "2026");
        Assert.Empty(after.Changes);
        Assert.Equal((1, Twin), (after.Retired.Single().Entry.Id, after.Retired.Single().Identifier));
        Assert.Equal(Twin + "_2", after.Document.Procedures.Single().Identifier);
    }

    [Fact]
    public void A_new_procedure_never_takes_the_identifier_of_a_retired_one()
    {
        var lockFile = ReadLock(new[] { Entry(1, 3, "心血管疾病", "颅内动脉瘤、动脉夹层介入栓塞术", "retired 2023") });

        var locked = Reconcile(TwinCatalogue.Take(4), lockFile);

        Assert.Equal((2, Twin + "_2"), (locked.Document.Procedures.Single().Id, locked.Document.Procedures.Single().Identifier));
        Assert.Equal(Twin, locked.Retired.Single().Identifier);
    }
}
