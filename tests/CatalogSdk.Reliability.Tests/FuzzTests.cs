using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Reliability.Tests.Fuzzing;
using CatalogSdk.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// The mutation fuzzer, one class per seed family so that xunit runs them side by side. In CI: fixed seeds and a
/// bounded number of cases (<see cref="FuzzSettings.DefaultCases"/> in all); the parser and the line accounting
/// on every case, the generator with a compile of its output on every 20th, the command-line tool on every 40th.
/// A long run is one environment variable away (docs/reliability.md). A case that fails is saved under
/// Regressions/ and the test fails listing it.
/// </summary>
public abstract class FuzzTestBase
{
    private readonly ITestOutputHelper _output;

    protected FuzzTestBase(ITestOutputHelper output) => _output = output;

    /// <summary>The family's name, which also varies the seed.</summary>
    protected abstract string Family { get; }

    /// <summary>The family's share of all cases, out of 24.</summary>
    protected abstract int Share { get; }

    /// <summary>The seed catalogues, by name.</summary>
    protected abstract IReadOnlyList<(string Name, string Text)> Seeds { get; }

    /// <summary>The lock to fuzz along with the catalogue, if the family fuzzes locks.</summary>
    private protected virtual string? MutateLock(Random random, Mutator mutator, int index) => null;

    [Fact]
    public void Every_mutated_input_keeps_every_invariant()
    {
        var settings = FuzzSettings.FromEnvironment();
        var cases = Math.Max(1, settings.Cases * Share / 24);
        var random = new Random(unchecked(settings.Seed * 31 + StableHash(Family)));
        var corpus = Seeds.Select(s => s.Text).Concat(new[] { Catalogues.Official, Catalogues.Shipped }).ToList();
        var mutator = new Mutator(random, corpus);
        var stopwatch = Stopwatch.StartNew();
        var failures = new List<string>();
        int generatorRuns = 0, compiled = 0, accepted = 0, cliRuns = 0, crashes = 0, compileFailures = 0, otherFailures = 0;

        for (var i = 0; i < cases; i++)
        {
            var (seedName, seed) = Seeds[random.Next(Seeds.Count)];
            var fuzzCase = mutator.Mutate(i, Family + "/" + seedName, seed);
            var lockText = MutateLock(random, mutator, i);
            var depth = FuzzDepth.Parse;
            if (i % settings.GeneratorEvery == 0)
            {
                // Every other generator run at C# 7.3, the language of .NET Framework 4.8 consumers.
                depth |= FuzzDepth.Generator | (generatorRuns % 2 == 1 ? FuzzDepth.CSharp73 : FuzzDepth.Parse);
                generatorRuns++;
            }

            if ((i + (settings.CliEvery / 2)) % settings.CliEvery == 0)
            {
                depth |= FuzzDepth.Cli;
                cliRuns++;
            }

            var verdict = FuzzOracle.Check(fuzzCase.Bytes, depth, lockText);
            accepted += verdict.Accepted ? 1 : 0;
            compiled += verdict.Compiled ? 1 : 0;
            if (!verdict.Passed)
            {
                crashes += verdict.Crashed ? 1 : 0;
                compileFailures += verdict.CompileFailed ? 1 : 0;
                otherFailures += verdict.Crashed || verdict.CompileFailed ? 0 : 1;
                var name = RegressionStore.Save(fuzzCase, lockText, verdict.Problems);
                failures.Add(fuzzCase + " → Regressions/" + name + "\n    " + string.Join("\n    ", verdict.Problems.Take(5)));
            }
        }

        var summary = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: seed {1}, {2} cases, {3} accepted, {4} through the generator ({5} compiled clean), {6} through the CLI; " +
            "{7} crashes, {8} compile failures, {9} other failures; {10:F1} s",
            Family, settings.Seed, cases, accepted, generatorRuns, compiled, cliRuns, crashes, compileFailures, otherFailures, stopwatch.Elapsed.TotalSeconds);
        _output.WriteLine(summary);
        if (settings.ReportPath is not null)
        {
            File.AppendAllText(settings.ReportPath, summary + "\n", new UTF8Encoding(false));
        }

        // The run must really reach the generator's output: a fuzzer that only ever produced rejected input would pass.
        Assert.True(compiled > 0 || generatorRuns == 0, "no case reached a clean compile: " + summary);
        Assert.True(failures.Count == 0, failures.Count + " failing cases (saved under Regressions/):\n" + string.Join("\n", failures.Take(10)));
    }

    /// <summary>A hash that does not change between processes (string.GetHashCode does).</summary>
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}

/// <summary>Mutations of the official text, verbatim, with its wrapped and run-together lines.</summary>
public sealed class FuzzOfficialTests : FuzzTestBase
{
    public FuzzOfficialTests(ITestOutputHelper output) : base(output)
    {
    }

    protected override string Family => "official";

    protected override int Share => 7;

    protected override IReadOnlyList<(string Name, string Text)> Seeds => new[] { ("interventional-official.txt", Catalogues.Official) };
}

/// <summary>Mutations of the shipped catalogue (catalog/interventional.txt), which is clean to begin with.</summary>
public sealed class FuzzShippedTests : FuzzTestBase
{
    public FuzzShippedTests(ITestOutputHelper output) : base(output)
    {
    }

    protected override string Family => "shipped";

    protected override int Share => 7;

    protected override IReadOnlyList<(string Name, string Text)> Seeds => new[] { ("interventional.txt", Catalogues.Shipped) };
}

/// <summary>Mutations of small fixtures: annotations, two specialties, catch-all rows, a messy file, a minimal one.</summary>
public sealed class FuzzFixtureTests : FuzzTestBase
{
    public FuzzFixtureTests(ITestOutputHelper output) : base(output)
    {
    }

    protected override string Family => "fixtures";

    protected override int Share => 7;

    protected override IReadOnlyList<(string Name, string Text)> Seeds =>
        Directory.GetFiles(Catalogues.TestDataPath("fixtures"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
}

/// <summary>The shipped catalogue, lightly mutated, with a mutated copy of its lock: the lock reader and reconciler too.</summary>
public sealed class FuzzLockTests : FuzzTestBase
{
    public FuzzLockTests(ITestOutputHelper output) : base(output)
    {
    }

    protected override string Family => "locked";

    protected override int Share => 3;

    protected override IReadOnlyList<(string Name, string Text)> Seeds => new[] { ("interventional.txt", Catalogues.Shipped) };

    private protected override string? MutateLock(Random random, Mutator mutator, int index)
    {
        if (random.Next(5) == 0)
        {
            return Catalogues.ShippedLock;
        }

        // The lock mutated like a catalogue, then read as the generator reads it (decoded text).
        var mutated = mutator.Mutate(index, "interventional.lock", Catalogues.ShippedLock);
        return Core.IO.CatalogueFile.Decode(mutated.Bytes).Text;
    }
}
