using System;
using System.Text;
using CatalogSdk.Interventional;
using CatalogSdk.Suggestions;

namespace CatalogSdk.Tests.Suggestions;

/// <summary>Random text, with a fixed seed so that a failure repeats: Suggest never throws and keeps its promises.</summary>
public class SuggestionRobustnessTests
{
    private static readonly string s_alphabet =
        "冠状动脉造影术成形植入置入（）()[]【】〔〕 \u3000\t\u200B\uFEFF\u202EａＡaA1１-—/、,，級術狀#=~|\uD83D\uDE00\uD800\uDC00\u0000\r\n";

    [Fact]
    public void Random_text_never_throws_and_results_are_ranked_and_scored_in_range()
    {
        var suggester = ProcedureSuggester.Create(Catalogue.Entries);
        var random = new Random(20261202);
        var names = Catalogue.Procedures;
        for (var run = 0; run < 3000; run++)
        {
            var builder = new StringBuilder();
            if (run % 3 == 0)
            {
                builder.Append(names[random.Next(names.Count)].Name); // a real name, then noise
            }

            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++)
            {
                builder.Append(s_alphabet[random.Next(s_alphabet.Length)]);
            }

            var text = builder.ToString();
            var max = random.Next(-1, 12);
            var result = suggester.Suggest(text, max);

            Assert.True(result.Count <= Math.Max(0, max) || result.GradeDependsOnQualifier, text);
            for (var i = 0; i < result.Count; i++)
            {
                Assert.InRange(result[i].Score, SuggestionIndex.MinimumScore, 1.0);
                Assert.NotEqual(SuggestionReasons.None, result[i].Reasons);
                Assert.False(result[i].Info.IsCatchAll);
                if (i > 0)
                {
                    Assert.True(result[i - 1].Score >= result[i].Score, text);
                }
            }

            Assert.Equal(result.GradeDependsOnQualifier, result.QualifierGrades.Count > 1);
        }
    }

    [Fact]
    public void Random_synonym_tables_never_throw_from_Parse()
    {
        var random = new Random(7);
        for (var run = 0; run < 2000; run++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 60);
            for (var i = 0; i < length; i++)
            {
                builder.Append(s_alphabet[random.Next(s_alphabet.Length)]);
            }

            var table = SynonymTable.Parse(builder.ToString(), "fuzz.txt", out var errors);

            Assert.NotNull(table);
            Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString()));
        }
    }
}
