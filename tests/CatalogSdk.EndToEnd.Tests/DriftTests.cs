using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CatalogSdk.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>
/// A catalogue change the lock has not accepted fails the build with one positioned CSDK200x error; after
/// <c>catalog lock update</c> the build passes, and only the changed entry's lock line (and ID) differs.
/// </summary>
[Collection(ConsumerBuilds.Name)]
public sealed class DriftTests
{
    private const string Edition = "2025";

    private readonly ConsumerProject _consumer;
    private readonly ITestOutputHelper _log;

    public DriftTests(ConsumerProject consumer, ITestOutputHelper log)
    {
        _consumer = consumer;
        _log = log;
    }

    /// <summary>What one drift must produce.</summary>
    private sealed record Drift(
        string Id,
        string File,
        int Line,
        string[] MessageParts,
        int ChangedId,
        string LockLineAfter,
        string ChangeRow,
        string Summary,
        string Lookup,
        string LookupAfter,
        int CountChange);

    [Fact]
    public void AddedProcedure_CSDK2001_AtItsLine()
    {
        const string added = "经皮冠状动脉定向旋切术";
        Check(session =>
        {
            var lockFile = session.Lock();
            var catalogue = session.Catalogue();
            Assert.Equal(4, lockFile.Named("经皮冠状动脉旋磨术").Grade); // the edit adds under its grade heading
            catalogue.InsertAfter("经皮冠状动脉旋磨术", string.Empty, added);
            session.Save(catalogue);
            var id = lockFile.MaxId + 1;
            return new Drift(
                "CSDK2001",
                session.CataloguePath,
                catalogue.LineOf(added),
                new[] { "「" + added + "」（四级手术，心血管疾病）" },
                id,
                id + " | 4 | 心血管疾病 | " + added + " | " + added,
                Row("新增 added", id, added, "四级手术 · 心血管疾病"),
                "1 added, 0 retired, 0 renamed, 0 regraded, 0 specialty changes, 0 other.",
                added,
                id + "|4|心血管疾病",
                +1);
        });
    }

    [Fact]
    public void RemovedProcedure_CSDK2002_AtItsLockLine()
    {
        const string removed = "动脉导管插入术";
        Check(session =>
        {
            var lockFile = session.Lock();
            var entry = lockFile.Named(removed);
            var catalogue = session.Catalogue();
            catalogue.Remove(removed);
            session.Save(catalogue);
            return new Drift(
                "CSDK2002",
                session.LockPath,
                entry.LineNumber,
                new[] { "「" + removed + "」（ID " + entry.Id + "）" },
                entry.Id,
                entry.Text + " | retired " + Edition,
                Row("停用 retired", entry.Id, removed, "无后继 no successor"),
                "0 added, 1 retired, 0 renamed, 0 regraded, 0 specialty changes, 0 other.",
                removed,
                "none",
                -1);
        });
    }

    [Fact]
    public void RegradedProcedure_CSDK2003_AtItsNewLine()
    {
        const string regraded = "左心室造影";
        Check(session =>
        {
            var lockFile = session.Lock();
            var entry = lockFile.Named(regraded);
            Assert.Equal(3, entry.Grade);
            Assert.Equal(4, lockFile.Named("冠状血管的血管内显像").Grade);
            var catalogue = session.Catalogue();
            catalogue.MoveAfter(regraded, "冠状血管的血管内显像"); // from 三级手术 to the end of 四级手术, same specialty
            session.Save(catalogue);
            return new Drift(
                "CSDK2003",
                session.CataloguePath,
                catalogue.LineOf(regraded),
                new[] { "「" + regraded + "」（ID " + entry.Id + "）的级别由三级手术变为四级手术" },
                entry.Id,
                entry.Id + " | 4 | " + entry.Specialties + " | " + entry.Name + " | " + entry.Key + " | regraded " + Edition + " 3->4",
                Row("升级 regraded up", entry.Id, regraded, "三级手术 → 四级手术"),
                "0 added, 0 retired, 0 renamed, 1 regraded, 0 specialty changes, 0 other.",
                regraded,
                entry.Id + "|4|" + entry.Specialties,
                0);
        });
    }

    [Fact]
    public void ProcedureMovedToAnotherSpecialty_CSDK2004_AtItsNewLine()
    {
        const string moved = "岩下窦静脉取血术";
        const string anchor = "盆腔静脉曲张硬化、栓塞术";
        Check(session =>
        {
            var lockFile = session.Lock();
            var entry = lockFile.Named(moved);
            Assert.Equal("神经血管", entry.Specialties);
            Assert.Equal(entry.Grade, lockFile.Named(anchor).Grade); // same grade, other specialty
            Assert.Equal("外周血管", lockFile.Named(anchor).Specialties);
            var catalogue = session.Catalogue();
            catalogue.MoveAfter(moved, anchor);
            session.Save(catalogue);
            return new Drift(
                "CSDK2004",
                session.CataloguePath,
                catalogue.LineOf(moved),
                new[] { "「" + moved + "」（ID " + entry.Id + "）的专科由「神经血管」变为「外周血管」" },
                entry.Id,
                entry.Id + " | " + entry.Grade + " | 外周血管 | " + entry.Name + " | " + entry.Key,
                Row("专科变更 specialties", entry.Id, moved, "神经血管 → 外周血管"),
                "0 added, 0 retired, 0 renamed, 0 regraded, 1 specialty changes, 0 other.",
                moved,
                entry.Id + "|" + entry.Grade + "|外周血管",
                0);
        });
    }

    [Fact]
    public void RenamedProcedure_CSDK2005_AtItsLine()
    {
        const string oldName = "冠状动脉内血栓溶解药输注";
        const string newName = "冠状动脉内溶栓药物输注";
        Check(session =>
        {
            var lockFile = session.Lock();
            var entry = lockFile.Named(oldName);
            var catalogue = session.Catalogue();
            var line = newName + " @原名 " + oldName;
            catalogue.Replace(oldName, line);
            session.Save(catalogue);
            return new Drift(
                "CSDK2005",
                session.CataloguePath,
                catalogue.LineOf(line),
                new[] { "「" + oldName + "」（ID " + entry.Id + "）改名为「" + newName + "」" },
                entry.Id,
                entry.Id + " | " + entry.Grade + " | " + entry.Specialties + " | " + newName + " | " + newName + " | alias " + oldName,
                Row("改名 renamed", entry.Id, newName, "原名 was「" + oldName + "」"),
                "0 added, 0 retired, 1 renamed, 0 regraded, 0 specialty changes, 0 other.",
                newName,
                entry.Id + "|" + entry.Grade + "|" + entry.Specialties,
                0);
        });
    }

    /// <summary>A row of the table lock update prints: change, ID, name, details, in padded columns.</summary>
    private static string Row(string change, int id, string name, string details) =>
        Regex.Escape(change) + "\\s+" + id.ToString(CultureInfo.InvariantCulture) + "\\s+" + Regex.Escape(name) + "\\s+" + Regex.Escape(details);

    private void Check(Func<ConsumerSession, Drift> change)
    {
        var session = _consumer.Start(_log);
        var before = session.Lock();
        var drift = change(session);

        // 1. The build fails with the one drift error, where the maintainer has to look.
        var failed = session.Build();
        var error = Expect.OnlyError(failed, drift.Id, drift.File, drift.Line, 1);
        foreach (var part in drift.MessageParts)
        {
            Expect.Contains(part, error.Message, "The " + drift.Id + " message", failed);
        }

        // 2. lock update accepts it and says what it accepted.
        var update = session.LockUpdate(null, "--edition", Edition);
        Assert.True(update.ExitCode == 0, "lock update should accept the change (exit code 0).\n" + update.Describe());
        Expect.Contains("Updated the lock catalog/interventional.lock (edition " + Edition + ")", update.StandardOutput, "lock update's output", update);
        var rows = update.StandardOutput.Split('\n').Where(l => Regex.IsMatch(l, "^" + drift.ChangeRow + "\\s*$")).ToList();
        Assert.True(rows.Count == 1, "lock update should list the change as /" + drift.ChangeRow + "/.\n" + update.Describe());
        Expect.Contains(drift.Summary, update.StandardOutput, "lock update's summary", update);

        // 3. Only the changed entry differs in the lock: every other ID keeps its line.
        var after = session.Lock();
        foreach (var entry in before.ById.Values.Where(e => e.Id != drift.ChangedId))
        {
            Assert.True(
                after.ById.TryGetValue(entry.Id, out var now) && now.Text == entry.Text,
                "Lock entry " + entry.Id + " should be untouched: was 「" + entry.Text + "」, is 「" + (now?.Text ?? "(missing)") + "」.\n" + update.Describe());
        }

        Assert.True(
            after.ById.Count == before.ById.Count + (drift.CountChange > 0 ? 1 : 0),
            "The lock should hold " + (before.ById.Count + (drift.CountChange > 0 ? 1 : 0)) + " entries, holds " + after.ById.Count + ".");
        Assert.Equal(drift.LockLineAfter, after.Entry(drift.ChangedId).Text);

        // 4. The build passes, without warnings, and the program sees the accepted catalogue with the same IDs.
        Expect.CleanBuild(session.Build());
        var run = session.RunProgram(drift.Lookup);
        Expect.Value(run, "CAG", before.Named("冠状动脉造影术").Id.ToString(CultureInfo.InvariantCulture));
        Expect.Value(run, "ID14", before.Entry(14).Name);
        Expect.Value(run, "COUNT", (before.ActiveProcedureCount + drift.CountChange).ToString(CultureInfo.InvariantCulture));
        Expect.Value(run, "FIND " + drift.Lookup, drift.LookupAfter);
    }
}
