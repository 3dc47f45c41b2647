using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Core.Locking;

/// <summary>
/// A catalogue seen through its lock: IDs from the lock, the retired procedures the lock keeps, what the lock
/// would hold after accepting the catalogue, and the changes between the two.
/// </summary>
public sealed record LockedCatalogue(
    CatalogueDocument Document,
    EquatableArray<RetiredProcedure> Retired,
    EquatableArray<LockEntry> Accepted,
    EquatableArray<CatalogueChange> Changes,
    EquatableArray<CatalogueDiagnostic> Diagnostics)
{
    /// <summary>Whether the lock must be updated before a build can pass.</summary>
    public bool HasDrift => Changes.Any(c => c.IsDrift);
}

/// <summary>A procedure the lock keeps as retired, with the identifier of its (still generated) enum member.</summary>
public sealed record RetiredProcedure(LockEntry Entry, string Identifier)
{
    /// <summary>The English name from an English-name overlay beside the catalogue, or null.</summary>
    public string? EnglishName { get; init; }
}

/// <summary>
/// Reconciles a parsed catalogue with its lock. Matching is by folded name; @renamed-from confirms a rename and
/// @replaces names the procedure a new one succeeds. The result drives both the generator (IDs, retired members,
/// drift errors) and <c>catalog lock update</c> (the new lock and the list of what it accepts). Never throws on
/// any input.
/// </summary>
public static class LockReconciler
{
    /// <summary>Reconciles <paramref name="document"/> with <paramref name="lockFile"/> (null: no lock yet).</summary>
    /// <param name="document">The parsed catalogue.</param>
    /// <param name="lockFile">The lock, or null when the catalogue has none.</param>
    /// <param name="edition">The edition recorded for retirements and regrades the update accepts.</param>
    public static LockedCatalogue Reconcile(CatalogueDocument document, LockFile? lockFile, string edition)
    {
        var entries = lockFile?.Entries.AsArray() ?? Array.Empty<LockEntry>();
        var specialtyNames = document.Specialties.ToDictionary(s => s.Order, s => s.Name);
        var diagnostics = new List<CatalogueDiagnostic>();
        var changes = new List<CatalogueChange>();
        var matched = new Dictionary<int, LockEntry>();        // lock ID → entry, for entries the catalogue lists
        var accepted = new Dictionary<int, LockEntry>();       // the lock after accepting the catalogue
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal); // catalogue key → ID
        var nextId = Math.Max(lockFile?.MaxId ?? 0, 0) + 1;

        foreach (var e in entries)
        {
            accepted[e.Id] = e;
        }

        // Every key and alias key → its entry. A sound lock has each key once (CSDK2012), so one lookup finds the
        // only entry that can answer a name; this keeps reconciliation linear in the number of procedures.
        var answering = new Dictionary<string, LockEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!answering.ContainsKey(e.Key))
            {
                answering[e.Key] = e;
            }

            foreach (var alias in e.Aliases)
            {
                var aliasKey = CatalogueText.ToKey(alias);
                if (!answering.ContainsKey(aliasKey))
                {
                    answering[aliasKey] = e;
                }
            }
        }

        LockEntry? Answering(string key) => answering.TryGetValue(key, out var e) ? e : null;

        LockEntry? FindActive(string key, bool aliases)
        {
            var e = Answering(key);
            return e is not null && !e.IsRetired && !matched.ContainsKey(e.Id) && (aliases || e.Key == key) ? e : null;
        }

        foreach (var p in document.Procedures)
        {
            var specialties = p.Specialties.Select(o => specialtyNames.TryGetValue(o, out var n) ? n : o.ToString(CultureInfo.InvariantCulture)).ToArray();
            var joined = string.Join(";", specialties);
            LockEntry? entry = FindActive(p.Key, aliases: false);
            var kind = (ChangeKind?)null;
            string? oldName = null;

            if (entry is null && p.RenamedFrom is not null)
            {
                var oldKey = CatalogueText.ToKey(p.RenamedFrom);
                entry = FindActive(oldKey, aliases: true);
                if (entry is null && lockFile is not null)
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.UnknownPredecessor, document.FilePath, p.Span, "原名", p.RenamedFrom));
                }
                else if (entry is not null)
                {
                    kind = ChangeKind.Renamed;
                    oldName = entry.Name;
                }
            }

            if (entry is null)
            {
                entry = FindActive(p.Key, aliases: true);
                if (entry is not null)
                {
                    kind = ChangeKind.Renamed;
                    oldName = entry.Name;
                }
            }

            if (entry is null)
            {
                var tombstoned = Answering(p.Key) is { IsRetired: true } t && !matched.ContainsKey(t.Id) ? t : null;
                if (tombstoned is not null)
                {
                    entry = tombstoned;
                    kind = ChangeKind.Reinstated;
                }
            }

            if (entry is null)
            {
                var id = nextId++;
                var added = new LockEntry(id, p.Grade, new EquatableArray<string>(specialties), p.Name, p.Key, p.IsCatchAll, null, null,
                    EquatableArray<string>.Empty, EquatableArray<Regrade>.Empty, 0);
                accepted[id] = added;
                matched[id] = added;
                idOf[p.Key] = id;
                changes.Add(new CatalogueChange(ChangeKind.Added, id, p.Name, null, p.Grade, null, joined, null, p.IsCatchAll, null, p.Span, null));
                continue;
            }

            matched[entry.Id] = entry;
            idOf[p.Key] = entry.Id;
            var aliases = entry.Aliases.ToList();
            if (kind == ChangeKind.Renamed)
            {
                aliases.RemoveAll(a => CatalogueText.ToKey(a) == p.Key);
                if (!aliases.Any(a => CatalogueText.ToKey(a) == entry.Key))
                {
                    aliases.Add(entry.Name);
                }

                changes.Add(new CatalogueChange(ChangeKind.Renamed, entry.Id, p.Name, oldName, p.Grade, entry.Grade, joined, null, p.IsCatchAll, null, p.Span, entry.Line));
            }
            else if (kind == ChangeKind.Reinstated)
            {
                changes.Add(new CatalogueChange(ChangeKind.Reinstated, entry.Id, p.Name, entry.RetiredIn, p.Grade, entry.Grade, joined, null, p.IsCatchAll, null, p.Span, entry.Line));
            }
            else if (entry.Name != p.Name)
            {
                changes.Add(new CatalogueChange(ChangeKind.Respelled, entry.Id, p.Name, entry.Name, p.Grade, null, joined, null, p.IsCatchAll, null, p.Span, entry.Line));
            }

            var regrades = entry.Regrades.ToList();
            if (entry.Grade != p.Grade)
            {
                regrades.Add(new Regrade(edition, entry.Grade, p.Grade));
                changes.Add(new CatalogueChange(ChangeKind.Regraded, entry.Id, p.Name, null, p.Grade, entry.Grade, joined, null, p.IsCatchAll, null, p.Span, entry.Line));
            }

            var oldSpecialties = string.Join(";", entry.Specialties);
            if (!SameSet(entry.Specialties, specialties))
            {
                changes.Add(new CatalogueChange(ChangeKind.SpecialtiesChanged, entry.Id, p.Name, null, p.Grade, null, joined, oldSpecialties, p.IsCatchAll, null, p.Span, entry.Line));
            }

            if (entry.IsCatchAll != p.IsCatchAll)
            {
                changes.Add(new CatalogueChange(ChangeKind.CatchAllChanged, entry.Id, p.Name, null, p.Grade, null, joined, null, p.IsCatchAll, null, p.Span, entry.Line));
            }

            accepted[entry.Id] = new LockEntry(entry.Id, p.Grade, new EquatableArray<string>(specialties), p.Name, p.Key, p.IsCatchAll, null, null,
                new EquatableArray<string>(aliases.ToArray()), new EquatableArray<Regrade>(regrades.ToArray()), entry.Line);
        }

        // Successors named by @replaces.
        var successorOf = new Dictionary<int, int>();
        foreach (var p in document.Procedures.Where(p => p.Replaces is not null))
        {
            var oldKey = CatalogueText.ToKey(p.Replaces!);
            var predecessor = Answering(oldKey) is { } candidate && !matched.ContainsKey(candidate.Id) ? candidate : null;
            if (predecessor is null)
            {
                // Reported with or without a lock: a first 'lock update' must refuse what every later check reports.
                if (Answering(oldKey) is null)
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.UnknownPredecessor, document.FilePath, p.Span, "取代", p.Replaces!));
                }

                continue;
            }

            successorOf[predecessor.Id] = idOf[p.Key];
        }

        // Active entries the catalogue no longer lists get a tombstone.
        foreach (var e in entries.Where(e => !e.IsRetired && !matched.ContainsKey(e.Id)))
        {
            successorOf.TryGetValue(e.Id, out var successor);
            var tombstone = e with { RetiredIn = edition, SuccessorId = successor == 0 ? null : successor };
            accepted[e.Id] = tombstone;
            changes.Add(new CatalogueChange(ChangeKind.Retired, e.Id, e.Name, null, e.Grade, null, string.Join(";", e.Specialties), null, e.IsCatchAll,
                tombstone.SuccessorId, null, e.Line));
        }

        // Retired entries that stay retired may gain a successor named by @replaces.
        foreach (var e in entries.Where(e => e.IsRetired && !matched.ContainsKey(e.Id) && e.SuccessorId is null))
        {
            if (successorOf.TryGetValue(e.Id, out var successor))
            {
                accepted[e.Id] = e with { SuccessorId = successor };
            }
        }

        var acceptedList = accepted.Values.OrderBy(e => e.Id).ToArray();
        var identifiers = Identifiers.AssignUnique(
            document.Procedures.Select(p => (idOf[p.Key], p.Name)).Concat(acceptedList.Where(e => e.IsRetired).Select(e => (e.Id, e.Name))));
        var procedures = document.Procedures
            .Select(p => p with { Id = idOf[p.Key], Identifier = identifiers[idOf[p.Key]] })
            .OrderBy(p => p.Id)
            .ToArray();
        var retired = acceptedList
            .Where(e => e.IsRetired)
            .Select(e => new RetiredProcedure(e, identifiers[e.Id]))
            .ToArray();
        changes.Sort((a, b) => a.Id != b.Id ? a.Id.CompareTo(b.Id) : a.Kind.CompareTo(b.Kind));
        return new LockedCatalogue(
            document with { Procedures = new EquatableArray<CatalogueProcedure>(procedures) },
            new EquatableArray<RetiredProcedure>(retired),
            new EquatableArray<LockEntry>(acceptedList),
            new EquatableArray<CatalogueChange>(changes.ToArray()),
            new EquatableArray<CatalogueDiagnostic>(diagnostics.ToArray()));
    }

    /// <summary>
    /// The drift diagnostics for <paramref name="locked"/>: one error per change of meaning, in the catalogue at
    /// the procedure's line, or in the lock at the entry's line for a removal.
    /// </summary>
    /// <param name="locked">The reconciled catalogue.</param>
    /// <param name="cataloguePath">The catalogue file the diagnostics point into.</param>
    /// <param name="lockPath">The lock file the removals point into.</param>
    /// <param name="acceptCommandTarget">
    /// What the messages put after <c>catalog lock update</c>: <see cref="LockFile.UpdateArguments"/> of the catalogue and
    /// the lock the build reads.
    /// </param>
    public static IEnumerable<CatalogueDiagnostic> DriftDiagnostics(LockedCatalogue locked, string cataloguePath, string lockPath, string acceptCommandTarget)
    {
        foreach (var c in locked.Changes.Where(c => c.IsDrift))
        {
            var id = c.Id.ToString(CultureInfo.InvariantCulture);
            var span = c.Span ?? new SourceSpan(1, 1, 0, 0);
            switch (c.Kind)
            {
                case ChangeKind.Added:
                    yield return Diagnostic(
                        DiagnosticDescriptors.DriftAdded, cataloguePath, span, c.Name, c.Grade.GetLabel() + "，" + c.Specialties.Replace(";", "、"), acceptCommandTarget,
                        c.Grade.GetEnglishLabel() + ", " + c.Specialties.Replace(";", ", "));
                    break;
                case ChangeKind.Retired:
                    yield return Diagnostic(DiagnosticDescriptors.DriftRemoved, lockPath, new SourceSpan(c.LockLine ?? 1, 1, 0, 0), c.Name, id, acceptCommandTarget);
                    break;
                case ChangeKind.Renamed:
                    yield return Diagnostic(DiagnosticDescriptors.DriftRenamed, cataloguePath, span, c.OldName ?? string.Empty, id, c.Name, acceptCommandTarget);
                    break;
                case ChangeKind.Regraded:
                    yield return Diagnostic(
                        DiagnosticDescriptors.DriftRegraded, cataloguePath, span, c.Name, id,
                        c.OldGrade?.GetLabel() ?? string.Empty, c.Grade.GetLabel(), acceptCommandTarget,
                        c.OldGrade?.GetEnglishLabel() ?? string.Empty, c.Grade.GetEnglishLabel());
                    break;
                case ChangeKind.SpecialtiesChanged:
                    yield return Diagnostic(
                        DiagnosticDescriptors.DriftSpecialties, cataloguePath, span, c.Name, id,
                        (c.OldSpecialties ?? string.Empty).Replace(";", "、"), c.Specialties.Replace(";", "、"), acceptCommandTarget);
                    break;
                case ChangeKind.CatchAllChanged:
                    yield return Diagnostic(
                        DiagnosticDescriptors.DriftCatchAll, cataloguePath, span, c.Name, id,
                        c.IsCatchAll ? "新标注为兜底条目" : "不再标注为兜底条目", acceptCommandTarget,
                        c.IsCatchAll ? "is newly marked as a catch-all rule" : "is no longer marked as a catch-all rule");
                    break;
                case ChangeKind.Reinstated:
                    yield return Diagnostic(DiagnosticDescriptors.DriftReinstated, cataloguePath, span, c.Name, id, c.OldName ?? string.Empty, acceptCommandTarget);
                    break;
            }
        }
    }

    private static bool SameSet(EquatableArray<string> left, string[] right)
    {
        var a = new HashSet<string>(left.Select(CatalogueText.ToKey), StringComparer.Ordinal);
        var b = new HashSet<string>(right.Select(CatalogueText.ToKey), StringComparer.Ordinal);
        return a.SetEquals(b);
    }

    private static CatalogueDiagnostic Diagnostic(CatalogueDiagnosticDescriptor descriptor, string path, SourceSpan span, params string[] args) =>
        new(descriptor.Id, path, span.Line, span.Column, span.Offset, span.Length, new EquatableArray<string>(args));
}
