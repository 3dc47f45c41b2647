using System;
using System.Collections.Generic;

namespace CatalogSdk.Suggestions;

/// <summary>Creates <see cref="ProcedureSuggester{TProcedure, TSpecialty}"/>s.</summary>
public static class ProcedureSuggester
{
    /// <summary>A suggester over <paramref name="entries"/> (usually <c>Catalogue.Entries</c>) with the shipped synonym table.</summary>
    public static ProcedureSuggester<TProcedure, TSpecialty> Create<TProcedure, TSpecialty>(IEnumerable<ProcedureInfo<TProcedure, TSpecialty>> entries)
        where TProcedure : struct, Enum
        where TSpecialty : struct, Enum =>
        new(entries, SynonymTable.Default);

    /// <summary>A suggester over <paramref name="entries"/> with <paramref name="synonyms"/>.</summary>
    public static ProcedureSuggester<TProcedure, TSpecialty> Create<TProcedure, TSpecialty>(IEnumerable<ProcedureInfo<TProcedure, TSpecialty>> entries, SynonymTable synonyms)
        where TProcedure : struct, Enum
        where TSpecialty : struct, Enum =>
        new(entries, synonyms);

    /// <summary>
    /// A suggester over <paramref name="entries"/> with the shipped synonym table plus a hospital's own
    /// (<paramref name="hospitalSynonyms"/>, in the same line format; <paramref name="source"/> names it in errors).
    /// </summary>
    /// <exception cref="SynonymTableException">A line of the hospital's table is bad; the exception lists each with its line.</exception>
    public static ProcedureSuggester<TProcedure, TSpecialty> Create<TProcedure, TSpecialty>(
        IEnumerable<ProcedureInfo<TProcedure, TSpecialty>> entries, string hospitalSynonyms, string source)
        where TProcedure : struct, Enum
        where TSpecialty : struct, Enum =>
        new(entries, SynonymTable.Default.Extend(hospitalSynonyms, source));
}

/// <summary>
/// Suggests procedures for what people type: colloquial forms (冠脉), synonyms (置入/植入), a missing 术, left-out
/// qualifiers, traditional characters, abbreviations, any width, spacing or case. Build one per catalogue and keep
/// it: the constructor indexes every name once; <see cref="Suggest"/> is thread-safe and normalises only its text.
/// Catch-all rules and retired procedures are never suggested.
/// </summary>
public sealed class ProcedureSuggester<TProcedure, TSpecialty>
    where TProcedure : struct, Enum
    where TSpecialty : struct, Enum
{
    private static readonly ProcedureSuggestions<TProcedure, TSpecialty> s_none =
        new(Array.Empty<ProcedureSuggestion<TProcedure, TSpecialty>>(), Array.Empty<SurgicalGrade>());

    private readonly ProcedureInfo<TProcedure, TSpecialty>[] _procedures;
    private readonly SuggestionIndex _index;

    internal ProcedureSuggester(IEnumerable<ProcedureInfo<TProcedure, TSpecialty>> entries, SynonymTable synonyms)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        var procedures = new List<ProcedureInfo<TProcedure, TSpecialty>>();
        var candidates = new List<SuggestionCandidate>();
        foreach (var info in entries)
        {
            if (info is null || info.IsCatchAll || info.IsRetired)
            {
                continue;
            }

            procedures.Add(info);
            candidates.Add(new SuggestionCandidate(info.Name, info.Abbreviation, info.Grade));
        }

        _procedures = procedures.ToArray();
        _index = new SuggestionIndex(candidates, synonyms ?? throw new ArgumentNullException(nameof(synonyms)));
    }

    /// <summary>The synonym table in use.</summary>
    public SynonymTable Synonyms => _index.Synonyms;

    /// <summary>
    /// The procedures that match <paramref name="text"/>, best first, at most <paramref name="max"/> (plus every qualifier
    /// variant when the grade depends on one). Never throws: null, blank or over-long text gives an empty list.
    /// </summary>
    public ProcedureSuggestions<TProcedure, TSpecialty> Suggest(string? text, int max = 10)
    {
        var search = _index.Search(text, max);
        if (search.Hits.Count == 0)
        {
            return s_none;
        }

        var items = new ProcedureSuggestion<TProcedure, TSpecialty>[search.Hits.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var hit = search.Hits[i];
            items[i] = new ProcedureSuggestion<TProcedure, TSpecialty>(_procedures[hit.Candidate], hit.Score, hit.Reasons, hit.IsQualifierVariant);
        }

        return new ProcedureSuggestions<TProcedure, TSpecialty>(items, search.QualifierGrades);
    }
}
