using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Suggestions;
using CatalogSdk.Interventional;

namespace CatalogSdk.Samples.WebApi;

/// <summary>The catalogue lookups the endpoints share: parsing filters and searching names as staff type them.</summary>
public static class CatalogueQueries
{
    // The folded keys (CatalogueText.ToKey) of every procedure's name and abbreviation, computed once, for the
    // partial-match fallback. Exact matching is the generated Catalogue.TryFind, which needs none of this.
    private static readonly (ProcedureInfo<Procedure, Specialty> Info, string NameKey, string? AbbreviationKey)[] s_keys = BuildKeys();

    /// <summary>Parses a grade filter: 1–4 (full-width digits too), 三级, 三级手术.</summary>
    public static bool TryParseGrade(string? text, out SurgicalGrade grade) => SurgicalGrades.TryParse(text, out grade);

    /// <summary>Parses a specialty filter: the short name (心血管疾病), the heading, or the heading's number (1).</summary>
    public static bool TryParseSpecialty(string? text, out Specialty specialty)
    {
        specialty = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var info in Catalogue.Specialties)
        {
            if (CatalogueText.NamesEqual(info.Name, text)
                || CatalogueText.NamesEqual(info.Heading, text)
                || CatalogueText.NamesEqual(info.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), text))
            {
                specialty = info.Specialty;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The procedures that match <paramref name="query"/> and the filters. An exact name or abbreviation (the generated
    /// <c>Catalogue.TryFind</c>: width, whitespace, bracket and case tolerant) gives that entry alone; otherwise every
    /// procedure whose folded name or abbreviation contains the folded query, for partial typing.
    /// </summary>
    public static ProcedureListResponse Search(string? query, SurgicalGrade? grade, Specialty? specialty)
    {
        var items = new List<ProcedureDto>();
        string match;
        if (string.IsNullOrWhiteSpace(query))
        {
            match = "all";
            foreach (var info in Catalogue.Procedures)
            {
                AddIfSelected(items, info, grade, specialty);
            }
        }
        else if (Catalogue.TryFind(query, out var found))
        {
            match = "exact";
            AddIfSelected(items, Catalogue.Get(found), grade, specialty);
        }
        else
        {
            match = "partial";
            var key = CatalogueText.ToKey(query);
            foreach (var (info, nameKey, abbreviationKey) in s_keys)
            {
                if (key.Length > 0
                    && (nameKey.Contains(key, StringComparison.Ordinal)
                        || (abbreviationKey is not null && abbreviationKey.Contains(key, StringComparison.Ordinal))))
                {
                    AddIfSelected(items, info, grade, specialty);
                }
            }
        }

        return new ProcedureListResponse(items.Count, match, items);
    }

    /// <summary>The API's view of one entry.</summary>
    // Built once: the suggester indexes every name in its constructor.
    private static readonly ProcedureSuggester<Procedure, Specialty> s_suggester = ProcedureSuggester.Create(Catalogue.Entries);

    /// <summary>Ranked suggestions for <paramref name="text"/> (see docs/suggestions.md).</summary>
    public static SuggestionResponse Suggest(string text, int max)
    {
        var result = s_suggester.Suggest(text, max);
        var items = new List<SuggestionDto>(result.Count);
        foreach (var s in result)
        {
            items.Add(new SuggestionDto(ToDto(s.Info), Math.Round(s.Score, 3), s.Reasons.ToChinese(), s.Explanation, s.IsQualifierVariant));
        }

        var grades = new List<int>();
        foreach (var g in result.QualifierGrades)
        {
            grades.Add((int)g);
        }

        var note = result.GradeDependsOnQualifier
            ? "手术级别取决于部位或病变等限定语（" + string.Join("、", result.QualifierGrades.Select(g => g.GetLabel())) + "），请从标注的条目中选择实际实施的手术。"
            : null;
        return new SuggestionResponse(text, result.GradeDependsOnQualifier, grades, note, items);
    }

    public static ProcedureDto ToDto(ProcedureInfo<Procedure, Specialty> info)
    {
        var specialties = new List<string>(info.Specialties.Count);
        foreach (var s in info.Specialties)
        {
            specialties.Add(s.GetName());
        }

        return new ProcedureDto(info.Id, info.Name, (int)info.Grade, info.GradeLabel, specialties, info.Abbreviation, info.IsCatchAll, info.IsRetired);
    }

    /// <summary>Every specialty with its counts per grade.</summary>
    public static IReadOnlyList<SpecialtyDto> Specialties()
    {
        var result = new List<SpecialtyDto>();
        foreach (var info in Catalogue.Specialties)
        {
            var counts = new List<int>(4);
            foreach (var g in SurgicalGrades.All)
            {
                counts.Add(Catalogue.BySpecialtyAndGrade(info.Specialty, g).Count);
            }

            result.Add(new SpecialtyDto(info.Order, info.Name, info.Heading, Catalogue.BySpecialty(info.Specialty).Count, counts));
        }

        return result;
    }

    private static void AddIfSelected(List<ProcedureDto> items, ProcedureInfo<Procedure, Specialty> info, SurgicalGrade? grade, Specialty? specialty)
    {
        if ((grade is null || info.Grade == grade.Value) && (specialty is null || info.HasSpecialty(specialty.Value)))
        {
            items.Add(ToDto(info));
        }
    }

    private static (ProcedureInfo<Procedure, Specialty>, string, string?)[] BuildKeys()
    {
        var keys = new (ProcedureInfo<Procedure, Specialty>, string, string?)[Catalogue.Procedures.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var info = Catalogue.Procedures[i];
            keys[i] = (info, CatalogueText.ToKey(info.Name), info.Abbreviation is null ? null : CatalogueText.ToKey(info.Abbreviation));
        }

        return keys;
    }
}
