using System;
using System.Collections.Generic;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Cli.Export;

/// <summary>One procedure as the export formats write it: specialties by name, grade as a number.</summary>
internal sealed record ExportedProcedure(
    int Id,
    string Name,
    string Identifier,
    int Grade,
    IReadOnlyList<string> Specialties,
    string? Abbreviation,
    string? Code,
    bool CatchAll,
    int Line,
    string? EnglishName)
{
    /// <summary>Every distinct procedure of <paramref name="document"/>, in ID order.</summary>
    public static IReadOnlyList<ExportedProcedure> From(CatalogueDocument document)
    {
        var specialties = document.Specialties.AsArray();
        var procedures = new List<CatalogueProcedure>(document.Procedures);
        procedures.Sort(static (a, b) => a.Id.CompareTo(b.Id));

        var result = new List<ExportedProcedure>(procedures.Count);
        foreach (var p in procedures)
        {
            // Specialty names in catalogue order (the order of the headings in the file).
            var names = new List<string>(p.Specialties.Count);
            foreach (var specialty in specialties)
            {
                if (Array.IndexOf(p.Specialties.AsArray(), specialty.Order) >= 0)
                {
                    names.Add(specialty.Name);
                }
            }

            result.Add(new ExportedProcedure(
                p.Id,
                p.Name,
                p.Identifier,
                (int)p.Grade,
                names,
                p.Abbreviation,
                p.Code,
                p.IsCatchAll,
                p.Line,
                p.EnglishName));
        }

        return result;
    }
}
