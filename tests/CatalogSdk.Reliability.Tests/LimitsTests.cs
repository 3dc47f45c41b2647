using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// No hang: the size limits stop unbounded work (CSDK1023 for characters and lines, CSDK1024 for a line), and the
/// worst line of every risky class, at the longest a line may be, parses in time that is short in absolute terms —
/// bounds generous enough for a loaded two-core CI machine, and far below what quadratic work would take.
/// </summary>
public sealed class LimitsTests
{
    private readonly ITestOutputHelper _output;

    public LimitsTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Text_beyond_the_character_limit_is_reported_and_not_read()
    {
        var head = Catalogues.Build("冠状动脉造影术");
        var filler = new StringBuilder(head);
        while (filler.Length < CatalogueParser.MaxCharacters - 100)
        {
            filler.Append("# ").Append('注', 500).Append('\n');
        }

        var text = filler.ToString() + "\n经皮穿刺活检术\n" + new string('x', 200) + "\n超出上限的手术术\n";
        Assert.True(text.Length > CatalogueParser.MaxCharacters);

        var document = CatalogueParser.Parse("big.txt", text, "UTF-8");

        var diagnostic = Assert.Single(document.Diagnostics, d => d.Id == "CSDK1023");
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.DoesNotContain(document.Procedures, p => p.Name == "超出上限的手术术");
        Assert.Contains(document.Procedures, p => p.Name == "经皮穿刺活检术");
        Assert.Empty(LineAccounting.Problems(text, document));
    }

    [Fact]
    public void Lines_beyond_the_line_limit_are_reported_and_not_read()
    {
        var builder = new StringBuilder(Catalogues.Build("冠状动脉造影术"));
        for (var i = Catalogues.FirstBodyLine + 1; i < CatalogueParser.MaxLines; i++)
        {
            builder.Append('\n');
        }

        builder.Append("最后一行手术术\n超出行数上限的手术术\n");

        var document = CatalogueParser.Parse("long.txt", builder.ToString(), "UTF-8");

        Assert.Equal(CatalogueParser.MaxLines, document.Lines.Count);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Id == "CSDK1023");
        Assert.Equal(CatalogueParser.MaxLines + 1, diagnostic.Line);
        Assert.Contains(document.Procedures, p => p.Name == "最后一行手术术");
        Assert.DoesNotContain(document.Procedures, p => p.Name == "超出行数上限的手术术");
    }

    [Theory]
    [InlineData(CatalogueParser.MaxLineLength, false)]
    [InlineData(CatalogueParser.MaxLineLength + 1, true)]
    public void A_line_over_the_length_limit_is_reported_and_not_read(int length, bool rejected)
    {
        var line = "  " + new string('甲', length - 1) + "术\t";

        var document = CatalogueParser.Parse("line.txt", Catalogues.Build("冠状动脉造影术", line), "UTF-8");

        Assert.Equal(rejected, document.Diagnostics.Any(d => d.Id == "CSDK1024" && d.Line == Catalogues.FirstBodyLine + 1 && d.Column == 3));
        Assert.Equal(rejected ? LineKind.Rejected : LineKind.Procedure, document.Lines[Catalogues.FirstBodyLine].Kind);
    }

    /// <summary>The worst line of each risky class, 1,000 characters long (the most a line may have).</summary>
    public static TheoryData<string> RiskyClasses => new()
    {
        "术", "甲术", "（", "）", "（甲）", "(（[【〔", "@", "@abbr ", "＠兜底", "、", "甲 　\t", "一级手术", "级", "（一", "（十",
        "\uD842\uDFB7", "1", "A", "其他新技术", "\"\\", "\u200B", "\uFFFD", "#", "目录", "/",
    };

    [Theory]
    [MemberData(nameof(RiskyClasses))]
    public void The_worst_line_of_each_class_parses_quickly(string unit)
    {
        // 400 lines of 1,000 characters (400 Ki characters), each different so none merges with another. Linear work
        // takes well under a second (the '@' line, a diagnostic per character, the longest); the bound allows for a
        // machine loaded many times over, and is still far below what work growing faster than the text would take.
        var builder = new StringBuilder(Catalogues.Build());
        for (var i = 0; i < 400; i++)
        {
            var line = new StringBuilder(i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            while (line.Length + unit.Length <= CatalogueParser.MaxLineLength - 1)
            {
                line.Append(unit);
            }

            builder.Append(line).Append("术\n");
        }

        var text = builder.ToString();
        var stopwatch = Stopwatch.StartNew();
        var document = CatalogueParser.Parse("worst.txt", text, "UTF-8");
        stopwatch.Stop();

        _output.WriteLine(GeneratedCodeCheck.Show(unit) + ": " + stopwatch.ElapsedMilliseconds + " ms, " + document.Diagnostics.Count + " diagnostics");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), GeneratedCodeCheck.Show(unit) + " took " + stopwatch.Elapsed);
        Assert.Equal(403, document.Lines.Count);
        Assert.All(document.Lines.Skip(3), l => Assert.NotEqual(LineKind.Blank, l.Kind));
    }

    /// <summary>
    /// Regression: before the first heading, each line used to look back at every line before it to decide whether
    /// it could be the title — quadratic in the lines before the first heading (100,000 comments then 100,000 lines
    /// of text took minutes). Now the whole file, at the line limit, takes well under a second of work.
    /// </summary>
    [Fact]
    public void Text_before_the_first_heading_is_linear()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < CatalogueParser.MaxLines / 2; i++)
        {
            builder.Append("# 说明\n");
        }

        for (var i = 0; i < CatalogueParser.MaxLines / 2; i++)
        {
            builder.Append("前言\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var document = CatalogueParser.Parse("preamble.txt", builder.ToString(), "UTF-8");
        stopwatch.Stop();

        _output.WriteLine(stopwatch.ElapsedMilliseconds + " ms");
        Assert.Equal(CatalogueParser.MaxLines / 2, document.Diagnostics.Count(d => d.Id == "CSDK1003"));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), "took " + stopwatch.Elapsed);
    }

    [Fact]
    public void A_catalogue_at_the_character_limit_of_procedures_generates_and_compiles_with_long_names()
    {
        // Names of every length up to the line limit: identifiers stay within what metadata can hold (CS7013).
        var names = Enumerable.Range(0, 40).Select(i => i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + new string('甲', 990 - (i * 20)) + "术").ToArray();
        var outcome = GeneratorHarness.Run("long.txt", Catalogues.Build(names));

        Assert.True(outcome.Accepted, outcome.DescribeDiagnostics());
        var problems = GeneratedCodeCheck.Problems(outcome, "MyHospital.Long", names.Select(n => ((string?)null, n)).ToList(), 1);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Length > 300 ? p.Substring(0, 300) : p)));
    }

    /// <summary>
    /// Regression: TryFind used to open with a switch over every name and abbreviation, and the compiler's work on a
    /// string switch grows faster than its labels — 4,000 procedures added tens of seconds to every build, 20,000
    /// over six minutes. A large catalogue now relies on the folded-key table alone: the build stays fast and every
    /// name is still found.
    /// </summary>
    [Fact]
    public void A_large_catalogue_compiles_quickly_and_every_name_is_found()
    {
        var names = Enumerable.Range(0, 3_000).Select(i => "手术" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + "术").ToArray();
        var stopwatch = Stopwatch.StartNew();
        var outcome = GeneratorHarness.Run("large.txt", Catalogues.Build(names));
        var problems = GeneratedCodeCheck.Problems(outcome, "MyHospital.Large", names.Select(n => ((string?)null, n)).ToList(), 1);
        stopwatch.Stop();

        _output.WriteLine("3,000 procedures: generated, compiled and checked in " + stopwatch.ElapsedMilliseconds + " ms");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.DoesNotContain("switch (text)", outcome.Sources.Single(s => s.HintName.EndsWith(".Catalogue.g.cs", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(90), "took " + stopwatch.Elapsed);
        Assert.Empty(GeneratedAssembly.RuntimeProblems(outcome, "MyHospital.Large", names));
    }

    [Fact]
    public void The_tools_never_throw_on_files_that_are_not_catalogues()
    {
        using var directory = new TempDirectory();
        var random = new Random(5);
        var binary = new byte[4096];
        random.NextBytes(binary);
        var files = new[]
        {
            directory.WriteBytes("binary.txt", binary),
            directory.WriteBytes("empty.txt", Array.Empty<byte>()),
            directory.WriteBytes("nul.txt", new byte[100]),
            directory.Write("lock-as-catalogue.txt", Catalogues.ShippedLock),
            directory.Path,
            directory.Combine("missing.txt"),
        };

        foreach (var file in files)
        {
            foreach (var args in new[]
            {
                new[] { "lint", file }, new[] { "export", file, "--format", "json" }, new[] { "export", file, "--format", "csv" },
                new[] { "diff", file, file }, new[] { "lock", "check", file }, new[] { "lock", "update", file, "--force" }, new[] { "convert", file },
            })
            {
                var result = CatalogTool.Run(args); // The exception handler is off: an exception fails the test.
                Assert.True(result.ExitCode is 0 or 1 or 2, string.Join(" ", args) + " → " + result);
            }
        }

        Assert.DoesNotContain(directory.FileNames(), n => n.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
