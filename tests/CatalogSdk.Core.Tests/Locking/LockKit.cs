using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Core.Tests.Locking;

/// <summary>
/// A small catalogue and its lock for the reconciliation tests, plus helpers that describe changes and diagnostics as
/// one line of text each, so an assertion compares every field and a failure shows what differed.
/// </summary>
internal static class LockKit
{
    public const string CataloguePath = "locked-catalogue.txt";
    public const string LockPath = "locked-catalogue.lock";
    public const string Edition = "2025";

    /// <summary>The base catalogue; the comment on each line is its line number.</summary>
    public static readonly string[] BaseLines =
    {
        "测试介入诊疗手术分级目录",             // 1
        "（一）心血管疾病介入诊疗手术分级目录", // 2
        "一级手术",                             // 3
        "人工起搏器功能检查",                   // 4  id 1
        "二级手术",                             // 5
        "动脉导管插入术",                       // 6  id 2
        "三级手术",                             // 7
        "冠状动脉造影术",                       // 8  id 3
        "左心室造影",                           // 9  id 4
        "经皮冠状动脉腔内血管成形术[PTCA]",     // 10 id 5
        "四级手术",                             // 11
        "冠状动脉支架植入术",                   // 12 id 6
        "（二）外周血管介入诊疗手术分级目录",   // 13
        "三级手术",                             // 14
        "下肢动脉造影术",                       // 15 id 7
        "四级手术",                             // 16
        "其他准予临床应用的新技术 @兜底",       // 17 id 8 (catch-all)
    };

    /// <summary>The lock of the base catalogue. Header lines 1–4, so entry N is on line 4 + N; ID 9 is retired.</summary>
    public static readonly string[] BaseLockEntries =
    {
        Entry(1, 1, "心血管疾病", "人工起搏器功能检查"),                     // line 5
        Entry(2, 2, "心血管疾病", "动脉导管插入术"),                         // line 6
        Entry(3, 3, "心血管疾病", "冠状动脉造影术"),                         // line 7
        Entry(4, 3, "心血管疾病", "左心室造影"),                             // line 8
        Entry(5, 3, "心血管疾病", "经皮冠状动脉腔内血管成形术[PTCA]"),       // line 9
        Entry(6, 4, "心血管疾病", "冠状动脉支架植入术"),                     // line 10
        Entry(7, 3, "外周血管", "下肢动脉造影术"),                           // line 11
        Entry(8, 4, "外周血管", "其他准予临床应用的新技术", "catch-all"),   // line 12
        Entry(9, 2, "心血管疾病", "经皮球囊瓣膜成形术", "retired 2023"),    // line 13
    };

    public static int LockLineOf(int id) => 4 + id;

    /// <summary>One lock line, with the key computed from the name (names here need no escaping).</summary>
    public static string Entry(int id, int grade, string specialties, string name, params string[] notes)
    {
        var fields = new List<string>
        {
            id.ToString(CultureInfo.InvariantCulture),
            grade.ToString(CultureInfo.InvariantCulture),
            specialties,
            name,
            CatalogueText.ToKey(name),
        };
        fields.AddRange(notes);
        return string.Join(" | ", fields);
    }

    public static string LockText(IEnumerable<string> entries) =>
        LockFormat.Header(CataloguePath) + string.Concat(entries.Select(e => e + "\n"));

    public static LockFile ReadLock(IEnumerable<string> entries)
    {
        var lockFile = LockFormat.Read(LockPath, LockText(entries));
        Assert.True(lockFile.Diagnostics.Count == 0, Describe(lockFile.Diagnostics));
        return lockFile;
    }

    public static LockFile BaseLock() => ReadLock(BaseLockEntries);

    /// <summary>The base lock with the entry of <paramref name="id"/> replaced by <paramref name="line"/>.</summary>
    public static string[] BaseLockWith(int id, string line)
    {
        var entries = (string[])BaseLockEntries.Clone();
        entries[id - 1] = line;
        return entries;
    }

    public static CatalogueDocument Parse(IEnumerable<string> lines)
    {
        var document = CatalogueParser.Parse(CataloguePath, string.Join("\n", lines) + "\n", "UTF-8");
        Assert.False(document.HasErrors, Describe(document.Diagnostics));
        return document;
    }

    /// <summary>The base catalogue edited: each edit replaces, inserts or removes lines (see <see cref="Edit"/>).</summary>
    public static string[] BaseWith(params Edit[] edits)
    {
        var lines = new List<string>(BaseLines);
        foreach (var edit in edits)
        {
            edit.Apply(lines);
        }

        return lines.ToArray();
    }

    public static LockedCatalogue Reconcile(IEnumerable<string> catalogue, LockFile? lockFile) =>
        LockReconciler.Reconcile(Parse(catalogue), lockFile, Edition);

    public static string[] Drift(LockedCatalogue locked) =>
        LockReconciler.DriftDiagnostics(locked, CataloguePath, LockPath, CataloguePath).Select(Position).ToArray();

    public static string Position(CatalogueDiagnostic d) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}({2},{3})", d.Id, d.FilePath, d.Line, d.Column);

    public static string[] Describe(IEnumerable<CatalogueChange> changes) => changes.Select(Describe).ToArray();

    public static string Describe(CatalogueChange c) =>
        Change(c.Kind, c.Id, c.Name, c.Grade, c.Specialties, c.OldName, c.OldGrade, c.OldSpecialties, c.IsCatchAll, c.SuccessorId, c.Span?.Line, c.LockLine);

    /// <summary>The expected description of a change; the optional fields default to "not set".</summary>
    public static string Change(
        ChangeKind kind,
        int id,
        string name,
        SurgicalGrade grade,
        string specialties,
        string? oldName = null,
        SurgicalGrade? oldGrade = null,
        string? oldSpecialties = null,
        bool catchAll = false,
        int? successor = null,
        int? line = null,
        int? lockLine = null) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} #{1} «{2}» grade {3} [{4}] old «{5}» oldGrade {6} oldSpecialties [{7}] catchAll {8} successor {9} line {10} lockLine {11}",
            kind,
            id,
            name,
            (int)grade,
            specialties,
            oldName ?? "-",
            oldGrade is { } g ? ((int)g).ToString(CultureInfo.InvariantCulture) : "-",
            oldSpecialties ?? "-",
            catchAll,
            successor?.ToString(CultureInfo.InvariantCulture) ?? "-",
            line?.ToString(CultureInfo.InvariantCulture) ?? "-",
            lockLine?.ToString(CultureInfo.InvariantCulture) ?? "-");

    public static string Describe(IEnumerable<CatalogueDiagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        return list.Count == 0 ? "(no diagnostics)" : string.Join(" | ", list.Select(d => d.ToCanonicalString()));
    }

    public static LockEntry EntryById(LockedCatalogue locked, int id) => locked.Accepted.Single(e => e.Id == id);
}

/// <summary>One edit of a catalogue's lines; line numbers are 1-based and refer to the lines as they are when applied.</summary>
internal sealed class Edit
{
    private readonly Action<List<string>> _apply;

    private Edit(Action<List<string>> apply) => _apply = apply;

    public void Apply(List<string> lines) => _apply(lines);

    public static Edit Replace(int line, string text) => new(lines => lines[line - 1] = text);

    public static Edit InsertAfter(int line, string text) => new(lines => lines.Insert(line, text));

    public static Edit Remove(int line) => new(lines => lines.RemoveAt(line - 1));
}
