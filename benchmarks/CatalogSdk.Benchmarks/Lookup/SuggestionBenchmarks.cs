using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CatalogSdk.Interventional;
using CatalogSdk.Suggestions;
using Info = CatalogSdk.ProcedureInfo<CatalogSdk.Interventional.Procedure, CatalogSdk.Interventional.Specialty>;

namespace CatalogSdk.Benchmarks.Lookup;

/// <summary>
/// A suggestion query (<see cref="ProcedureSuggester{TProcedure, TSpecialty}.Suggest"/>, at most 10 results) over the
/// shipped catalogue, for what people type: colloquial forms, traditional characters, a missing 术, a left-out
/// qualifier, abbreviations, parts of names, a typing slip and text that matches nothing. Each invocation asks every
/// query once, each a fresh string; times and allocations are per query.
/// Baseline: what a developer writes without the index — fold, simplify and rewrite every catalogue name for every
/// query, then keep the names that contain the query. Target: at most 20 µs per query, allocation bounded by the
/// query's length and the number of results, not by the catalogue's size.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15, id: "Suggestion")]
public class SuggestionBenchmarks
{
    // The text typed and the name the first suggestion must have (null: nothing matches).
    private static readonly (string Text, string? First)[] s_queries =
    {
        ("冠脉造影", "冠状动脉造影术"),
        ("冠狀動脈造影術", "冠状动脉造影术"),
        ("经皮冠状动脉腔内血管成形术", "经皮冠状动脉腔内血管成形术[PTCA]"),
        ("ptca", "经皮冠状动脉腔内血管成形术[PTCA]"),
        ("永久起搏器植入", "永久起搏器植入术"),
        ("颈动脉血管成形、支架置入术", "颈动脉血管成型、支架植入术"),
        ("房颤导管消融", "心房颤动导管消融术"),
        ("椎体成形", "经皮椎体成形/椎体后凸成形术(除外上段胸椎和颈椎)"),
        ("支架植入", "胆道支架植入术"),
        ("冠状动脉造隐术", "冠状动脉造影术"),
        ("ＴＩＰＳ", "经颈静脉肝内门体分流术（TIPS）"),
        ("阑尾切除术", null),
    };

    private ProcedureSuggester<Procedure, Specialty> _suggester = null!;
    private Info[] _entries = null!;
    private SynonymTable _synonyms = null!;
    private string[] _queries = null!;

    /// <summary>Queries per invocation (the OperationsPerInvoke of both benchmarks).</summary>
    private const int QueryCount = 12;

    [GlobalSetup]
    public void Setup()
    {
        _suggester = ProcedureSuggester.Create(Catalogue.Entries);
        _entries = Catalogue.Entries.ToArray().Where(e => !e.IsCatchAll).ToArray();
        _synonyms = SynonymTable.Default;
        _queries = s_queries.Select(q => new string(q.Text.ToCharArray())).ToArray();
        if (_queries.Length != QueryCount)
        {
            throw new InvalidOperationException("QueryCount is " + QueryCount + " but there are " + _queries.Length + " queries.");
        }

        // Both answer every query as expected, so neither is measured doing something else.
        for (var i = 0; i < s_queries.Length; i++)
        {
            var result = _suggester.Suggest(_queries[i], 10);
            var expected = s_queries[i].First;
            if (expected is null ? result.Count != 0 : result.Count == 0 || result[0].Name != expected)
            {
                throw new InvalidOperationException("Suggest(\"" + s_queries[i].Text + "\") gave " + (result.Count == 0 ? "nothing" : result[0].Name) + ", expected " + (expected ?? "nothing") + ".");
            }

            // A typing slip is beyond the baseline (it only finds names containing the text): it answers nothing there.
            var similar = result.Count > 0 && (result[0].Reasons & SuggestionReasons.Similar) != 0;
            if (expected is not null && !similar && !Naive(_queries[i]).Contains(expected))
            {
                throw new InvalidOperationException("The baseline does not find " + expected + " for \"" + s_queries[i].Text + "\".");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryCount)]
    public int NaiveRenormaliseEveryName()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += Naive(q).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryCount)]
    public int Suggest()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _suggester.Suggest(q, 10).Count;
        }

        return found;
    }

    private List<string> Naive(string text)
    {
        var query = Rewrite(ChineseVariants.ToSimplified(CatalogueText.ToKey(text))!);
        var core = query.EndsWith("术", StringComparison.Ordinal) ? query.Substring(0, query.Length - 1) : query;
        var found = new List<string>();
        foreach (var e in _entries)
        {
            var name = Rewrite(ChineseVariants.ToSimplified(CatalogueText.ToKey(e.Name))!);
            if (name.Contains(core, StringComparison.Ordinal) || (e.Abbreviation is not null && CatalogueText.NamesEqual(e.Abbreviation, text)))
            {
                found.Add(e.Name);
            }
        }

        return found;
    }

    private string Rewrite(string key)
    {
        foreach (var rule in _synonyms.Rules)
        {
            if (!key.Contains(rule.Term, StringComparison.Ordinal))
            {
                key = key.Replace(rule.Form, rule.Term, StringComparison.Ordinal);
            }
        }

        return key;
    }
}
