using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Parsing;

/// <summary>
/// Gives a catalogue (already reconciled with its lock, so IDs are stable) ASCII identifiers: procedures and the
/// retired procedures the lock keeps from their English names or pinyin, specialties likewise. Names, headings and
/// every other piece of metadata stay as the catalogue writes them.
/// </summary>
public static class AsciiNaming
{
    /// <summary>The identifier modes a catalogue can be built with.</summary>
    public const string Chinese = "Chinese";

    /// <summary>ASCII identifiers: English names, else pinyin.</summary>
    public const string Ascii = "Ascii";

    /// <summary>
    /// The mode a setting names (case-insensitive), null for no setting, or false when the setting is neither
    /// <see cref="Chinese"/> nor <see cref="Ascii"/>.
    /// </summary>
    public static bool TryParseMode(string? setting, out bool ascii)
    {
        ascii = false;
        if (setting is null || setting.Trim().Length == 0 || string.Equals(setting.Trim(), Chinese, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(setting.Trim(), Ascii, StringComparison.OrdinalIgnoreCase))
        {
            ascii = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// <paramref name="document"/> and <paramref name="retired"/> with ASCII identifiers. The Chinese-identifier
    /// diagnostics (CSDK1019, CSDK1021) of the document are replaced by CSDK1019 for the ASCII collisions.
    /// </summary>
    public static (CatalogueDocument Document, EquatableArray<RetiredProcedure> Retired) Apply(CatalogueDocument document, EquatableArray<RetiredProcedure> retired)
    {
        var diagnostics = document.Diagnostics
            .Where(d => d.Id != DiagnosticDescriptors.IdentifierCollision.Id && d.Id != DiagnosticDescriptors.IdentifierAdjusted.Id)
            .ToList();

        var specialtyIds = AsciiIdentifiers.AssignUnique(
            document.Specialties.Select(s => (s.Order, AsciiIdentifiers.FromName(s.Name, s.EnglishName))), out var specialtyCollisions);
        var specialties = document.Specialties.Select(s => s with { Identifier = specialtyIds[s.Order] }).ToArray();
        foreach (var s in specialties.Where(s => specialtyCollisions.ContainsKey(s.Order)))
        {
            var wanted = specialtyCollisions[s.Order];
            if (specialties.FirstOrDefault(o => o.Identifier == wanted) is { } other)
            {
                diagnostics.Add(Diagnostic(document.FilePath, new SourceSpan(s.Line, 1, 0, 0), s.Name, other.Line, other.Name, wanted, s.Identifier));
            }
        }

        var procedureIds = AsciiIdentifiers.AssignUnique(
            document.Procedures.Select(p => (p.Id, AsciiIdentifiers.FromName(p.Name, p.EnglishName)))
                .Concat(retired.Select(r => (r.Entry.Id, AsciiIdentifiers.FromName(r.Entry.Name, r.EnglishName)))),
            out var procedureCollisions);
        var procedures = document.Procedures.Select(p => p with { Identifier = procedureIds[p.Id] }).ToArray();
        var byIdentifier = procedures.ToDictionary(p => p.Identifier, StringComparer.Ordinal);
        foreach (var p in procedures.Where(p => procedureCollisions.ContainsKey(p.Id)))
        {
            var wanted = procedureCollisions[p.Id];
            if (byIdentifier.TryGetValue(wanted, out var other))
            {
                diagnostics.Add(Diagnostic(document.FilePath, p.Span, p.Name, other.Line, other.Name, wanted, p.Identifier));
            }
        }

        var renamedRetired = retired.Select(r => r with { Identifier = procedureIds[r.Entry.Id] }).ToArray();
        return (
            document with
            {
                Specialties = new EquatableArray<CatalogueSpecialty>(specialties),
                Procedures = new EquatableArray<CatalogueProcedure>(procedures),
                Diagnostics = new EquatableArray<CatalogueDiagnostic>(diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToArray()),
            },
            new EquatableArray<RetiredProcedure>(renamedRetired));
    }

    private static CatalogueDiagnostic Diagnostic(string path, SourceSpan span, string name, int otherLine, string otherName, string identifier, string renamed) =>
        new(DiagnosticDescriptors.IdentifierCollision.Id, path, span.Line, span.Column, span.Offset, span.Length,
            new EquatableArray<string>(new[] { name, otherLine.ToString(CultureInfo.InvariantCulture), otherName, identifier, renamed }));
}
