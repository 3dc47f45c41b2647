using System;
using System.Collections.Generic;

namespace CatalogSdk.Suggestions;

/// <summary>
/// The suggestion algorithm over plain names: the generated catalogue's <see cref="ProcedureSuggester{TProcedure, TSpecialty}"/>
/// and the <c>catalog find</c> command both use it. The constructor normalises every name once; a search
/// normalises only the text it is given. Ranking rules: docs/suggestions.md.
/// </summary>
public sealed class SuggestionIndex
{
    /// <summary>Texts that fold to more characters than this give no suggestions (no catalogue name is that long).</summary>
    public const int MaxQueryLength = 256;

    /// <summary>Hits scoring below this are not returned.</summary>
    public const double MinimumScore = 0.3;

    private const double RewritePenalty = 0.02;

    // Share of neighbouring-character pairs (Dice coefficient) a "similar" name must have: one slip in a
    // seven-character name passes (0.8), a different vessel (股动脉造影 for 冠状动脉造影, 0.67) does not.
    private const double MinimumSimilarity = 0.75;

    private readonly SynonymTable _synonyms;
    private readonly Entry[] _entries;

    /// <summary>Builds the index over <paramref name="candidates"/> with <paramref name="synonyms"/>.</summary>
    public SuggestionIndex(IReadOnlyList<SuggestionCandidate> candidates, SynonymTable synonyms)
    {
        if (candidates is null)
        {
            throw new ArgumentNullException(nameof(candidates));
        }

        _synonyms = synonyms ?? throw new ArgumentNullException(nameof(synonyms));
        _entries = new Entry[candidates.Count];
        for (var i = 0; i < _entries.Length; i++)
        {
            var candidate = candidates[i] ?? throw new ArgumentException("候选项不能为 null。 A candidate is null.", nameof(candidates));
            var text = SuggestionText.Create(candidate.Name, synonyms, int.MaxValue) ?? SuggestionText.Empty;
            var abbreviation = candidate.Abbreviation is null ? null : CatalogueText.ToKey(candidate.Abbreviation);
            _entries[i] = new Entry(text, abbreviation, candidate.Grade, candidate.Name.Length);
        }
    }

    /// <summary>The number of candidates.</summary>
    public int Count => _entries.Length;

    /// <summary>The synonym table the index uses.</summary>
    public SynonymTable Synonyms => _synonyms;

    /// <summary>
    /// The candidates that match <paramref name="text"/>, best first, at most <paramref name="max"/> of them — except
    /// that when the grade depends on a qualifier every qualifier variant is included. Never throws: null, empty,
    /// blank or over-long text gives no hits.
    /// </summary>
    public SuggestionSearch Search(string? text, int max)
    {
        if (max <= 0)
        {
            return SuggestionSearch.None;
        }

        var query = SuggestionText.Create(text, _synonyms, MaxQueryLength);
        if (query is null || query.Core.Length == 0)
        {
            return SuggestionSearch.None;
        }

        var queryAbbreviation = query.Surface;
        var queryBigrams = Bigrams(query.Core);
        var surfaceCore = SuggestionText.StripQualifiers(query.Surface);
        if (surfaceCore.Length > 1 && surfaceCore[surfaceCore.Length - 1] == '术')
        {
            surfaceCore = surfaceCore.Substring(0, surfaceCore.Length - 1);
        }

        List<SuggestionHit>? hits = null;
        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            var score = Score(query, queryAbbreviation, queryBigrams, entry, out var reasons);
            if (score < MinimumScore)
            {
                continue;
            }

            var rewrites = (query.Rewrites | entry.Text.Rewrites) & (SuggestionReasons.Colloquial | SuggestionReasons.Synonym);
            if (rewrites != 0 && (reasons & (SuggestionReasons.Abbreviation | SuggestionReasons.Similar)) == 0 && entry.Text.Surface.IndexOf(surfaceCore, StringComparison.Ordinal) < 0)
            {
                // The names meet only once synonym-table forms are rewritten: say so, and rank it just below a direct match.
                reasons |= rewrites;
                score -= RewritePenalty;
            }

            reasons |= query.Rewrites & SuggestionReasons.Traditional;
            (hits ??= new List<SuggestionHit>()).Add(new SuggestionHit(i, score, reasons, false));
        }

        if (hits is null)
        {
            return SuggestionSearch.None;
        }

        hits.Sort(Compare);
        return Select(query, hits, max);
    }

    private SuggestionSearch Select(SuggestionText query, List<SuggestionHit> hits, int max)
    {
        var best = hits[0];
        if (_entries[best.Candidate].Text.Full == query.Full || (best.Reasons & SuggestionReasons.Abbreviation) != 0)
        {
            // The text names one procedure exactly, qualifier and all: nothing is ambiguous.
            return new SuggestionSearch(Take(hits, max), Array.Empty<SurgicalGrade>());
        }

        var bestCore = _entries[best.Candidate].Text.Core;
        var grades = new List<SurgicalGrade>();
        var variants = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var core = _entries[hits[i].Candidate].Text.Core;
            if (AreQualifierVariants(bestCore, core))
            {
                hits[i] = hits[i] with { IsQualifierVariant = true };
                variants++;
                var grade = _entries[hits[i].Candidate].Grade;
                if (!grades.Contains(grade))
                {
                    grades.Add(grade);
                }
            }
        }

        if (grades.Count < 2)
        {
            for (var i = 0; i < hits.Count; i++)
            {
                hits[i] = hits[i] with { IsQualifierVariant = false };
            }

            return new SuggestionSearch(Take(hits, max), Array.Empty<SurgicalGrade>());
        }

        // Every variant is returned, even past max: the caller must not see one grade where the text allows several.
        var selected = new List<SuggestionHit>(Math.Max(max, variants));
        foreach (var hit in hits)
        {
            if (selected.Count < max || hit.IsQualifierVariant)
            {
                selected.Add(hit);
            }
        }

        grades.Sort();
        return new SuggestionSearch(selected.ToArray(), grades.ToArray());
    }

    /// <summary>
    /// Whether two cores name one procedure told apart by a qualifier: one contains the other (上段胸椎和颈椎 + 经皮椎体成形…),
    /// or they differ only in one stretch towards the start (where Chinese names put the region or vessel), the rest —
    /// at least 60% of the longer, and more at the end than at the start — shared (经皮腰椎间盘切吸… and 经皮颈椎间盘切吸…).
    /// </summary>
    internal static bool AreQualifierVariants(string a, string b)
    {
        if (a.IndexOf(b, StringComparison.Ordinal) >= 0 || b.IndexOf(a, StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var prefix = 0;
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shorter - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        // The operation ends a name (…植入, …置换): names that end differently are different procedures, not variants.
        return suffix > 0 && suffix >= prefix && prefix + suffix >= 0.6 * Math.Max(a.Length, b.Length);
    }

    private static SuggestionHit[] Take(List<SuggestionHit> hits, int max)
    {
        var count = Math.Min(max, hits.Count);
        var result = new SuggestionHit[count];
        hits.CopyTo(0, result, 0, count);
        return result;
    }

    private int Compare(SuggestionHit a, SuggestionHit b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byLength = _entries[a.Candidate].NameLength - _entries[b.Candidate].NameLength;
        return byLength != 0 ? byLength : a.Candidate - b.Candidate;
    }

    private static double Score(SuggestionText query, string queryAbbreviation, uint[] queryBigrams, Entry entry, out SuggestionReasons reasons)
    {
        var text = entry.Text;
        if (query.Full == text.Full)
        {
            reasons = SuggestionReasons.FullName;
            return 1.0;
        }

        if (entry.Abbreviation is not null && queryAbbreviation == entry.Abbreviation)
        {
            reasons = SuggestionReasons.Abbreviation;
            return 0.98;
        }

        var q = query.Core;
        if (q == text.Core)
        {
            reasons = SuggestionReasons.FullName;
            if (query.EndsInShu != text.EndsInShu)
            {
                reasons |= SuggestionReasons.SuffixIgnored;
            }

            if (query.HasQualifier || text.HasQualifier)
            {
                reasons |= SuggestionReasons.QualifierIgnored;
            }

            return 0.95;
        }

        var qualifier = query.HasQualifier ? SuggestionReasons.QualifierIgnored : SuggestionReasons.None;
        var core = text.Core;
        var at = core.IndexOf(q, StringComparison.Ordinal);
        if (at == 0)
        {
            reasons = SuggestionReasons.StartOfName | qualifier;
            return 0.7 + (0.2 * q.Length / core.Length);
        }

        if (at > 0)
        {
            reasons = SuggestionReasons.PartOfName | qualifier;
            return 0.55 + (0.25 * q.Length / core.Length);
        }

        if (text.Full.IndexOf(query.Full, StringComparison.Ordinal) >= 0)
        {
            reasons = SuggestionReasons.PartOfName;
            return 0.5 + (0.2 * query.Full.Length / text.Full.Length);
        }

        var dice = Dice(queryBigrams, entry.Bigrams);
        reasons = SuggestionReasons.Similar | qualifier;
        return dice >= MinimumSimilarity ? 0.5 * dice : 0;
    }

    private static double Dice(uint[] a, uint[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }

    private static uint[] Bigrams(string text)
    {
        if (text.Length < 2)
        {
            return Array.Empty<uint>();
        }

        var bigrams = new uint[text.Length - 1];
        for (var i = 0; i < bigrams.Length; i++)
        {
            bigrams[i] = ((uint)text[i] << 16) | text[i + 1];
        }

        Array.Sort(bigrams);
        return bigrams;
    }

    private sealed class Entry
    {
        public Entry(SuggestionText text, string? abbreviation, SurgicalGrade grade, int nameLength)
        {
            Text = text;
            Abbreviation = abbreviation;
            Grade = grade;
            NameLength = nameLength;
            Bigrams = SuggestionIndex.Bigrams(text.Core);
        }

        public SuggestionText Text { get; }

        public string? Abbreviation { get; }

        public SurgicalGrade Grade { get; }

        public int NameLength { get; }

        public uint[] Bigrams { get; }
    }
}
