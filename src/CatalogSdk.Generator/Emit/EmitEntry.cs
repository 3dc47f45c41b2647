using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Generator.Emit;

/// <summary>One member of the generated <c>Procedure</c> enum: a current procedure, or a retired one the lock keeps.</summary>
internal sealed class EmitEntry
{
    public int Id { get; private set; }

    public string Identifier { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string Key { get; private set; } = string.Empty;

    public SurgicalGrade Grade { get; private set; }

    public int[] Specialties { get; private set; } = Array.Empty<int>();

    public string? Abbreviation { get; private set; }

    public string? Code { get; private set; }

    public string? EnglishName { get; private set; }

    public bool IsCatchAll { get; private set; }

    public int? Line { get; private set; }

    public string? RetiredIn { get; private set; }

    public int? SuccessorId { get; private set; }

    public string[] Aliases { get; private set; } = Array.Empty<string>();

    public Regrade[] Regrades { get; private set; } = Array.Empty<Regrade>();

    public bool IsRetired => RetiredIn is not null;

    public static List<EmitEntry> From(ParsedCatalogue catalogue)
    {
        var accepted = catalogue.Locked?.Accepted.ToDictionary(e => e.Id) ?? new Dictionary<int, LockEntry>();
        var specialtyByKey = catalogue.Effective.Specialties.ToDictionary(s => CatalogueText.ToKey(s.Name), s => s.Order, StringComparer.Ordinal);
        var result = new List<EmitEntry>(catalogue.Effective.Procedures.Count + (catalogue.Locked?.Retired.Count ?? 0));
        foreach (var p in catalogue.Effective.Procedures)
        {
            accepted.TryGetValue(p.Id, out var lockEntry);
            result.Add(new EmitEntry
            {
                Id = p.Id,
                Identifier = p.Identifier,
                Name = p.Name,
                Key = p.Key,
                Grade = p.Grade,
                Specialties = p.Specialties.AsArray(),
                Abbreviation = p.Abbreviation,
                Code = p.Code,
                EnglishName = p.EnglishName,
                IsCatchAll = p.IsCatchAll,
                Line = p.Line,
                Aliases = lockEntry?.Aliases.AsArray() ?? Array.Empty<string>(),
                Regrades = lockEntry?.Regrades.AsArray() ?? Array.Empty<Regrade>(),
            });
        }

        foreach (var r in catalogue.Locked?.Retired ?? EquatableArray<RetiredProcedure>.Empty)
        {
            var e = r.Entry;
            result.Add(new EmitEntry
            {
                Id = e.Id,
                Identifier = r.Identifier,
                Name = e.Name,
                Key = e.Key,
                Grade = e.Grade,
                Specialties = e.Specialties
                    .Select(name => specialtyByKey.TryGetValue(CatalogueText.ToKey(name), out var order) ? order : 0)
                    .Where(order => order > 0)
                    .ToArray(),
                IsCatchAll = e.IsCatchAll,
                EnglishName = r.EnglishName,
                RetiredIn = e.RetiredIn,
                SuccessorId = e.SuccessorId,
                Aliases = e.Aliases.AsArray(),
                Regrades = e.Regrades.AsArray(),
            });
        }

        // Without a lock the IDs come in order: nothing to sort. (Only strictly increasing IDs are left as they are, so
        // the order is the one the sort gives whenever it would sort.)
        if (!StrictlyIncreasing(result))
        {
            result.Sort((a, b) => a.Id.CompareTo(b.Id));
        }

        return result;
    }

    private static bool StrictlyIncreasing(List<EmitEntry> entries)
    {
        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i - 1].Id >= entries[i].Id)
            {
                return false;
            }
        }

        return true;
    }
}
