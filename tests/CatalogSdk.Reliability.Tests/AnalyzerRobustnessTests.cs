using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Reliability.Tests.Support;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// The analyzers run in every build of code that uses a catalogue, so whatever the catalogue holds they must not
/// throw and must report only diagnostics with a position in source. The fuzzer checks this on every case whose
/// generated code compiles; these tests pin the shipped catalogue with its retirements and the risky names.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    [Fact]
    public void The_harness_runs_every_analyzer_and_they_see_the_consumer_code()
    {
        var outcome = GeneratorHarness.Run(new Microsoft.CodeAnalysis.AdditionalText[]
        {
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.txt"), Catalogues.Shipped),
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.lock"), Catalogues.ShippedLock),
        });
        Assert.Empty(outcome.Errors);
        var document = CatalogueParser.Parse(GeneratorHarness.CataloguePath("interventional.txt"), Catalogues.Shipped);

        var (problems, diagnostics) = AnalyzerHarness.Run(outcome.Output, "MyHospital.Interventional", Members(document));

        Assert.True(AnalyzerHarness.Analyzers.Length >= 2, "Expected the retired-procedure and grade analyzers at least.");
        Assert.Empty(problems);
        // The consumer pairs procedures with grades in turn, so most pairs are wrong: CSDK3003 proves the code was analysed.
        Assert.Contains(diagnostics, d => d.Id == "CSDK3003" && d.Location.GetLineSpan().Path == "Consumer.cs");
    }

    [Fact]
    public void Retired_members_and_names_do_not_trip_the_analyzers()
    {
        // Edition 2 drops two procedures the lock keeps: their members are generated as retired, and their names are
        // literals in the consumer.
        var edition2 = string.Join("\n", Catalogues.Shipped.Split('\n').Where(l => l.Trim() is not ("冠状动脉造影术" or "脑血管造影术")));
        var document = CatalogueParser.Parse(GeneratorHarness.CataloguePath("interventional.txt"), edition2);
        var locked = LockReconciler.Reconcile(document, LockFormat.Read("interventional.lock", Catalogues.ShippedLock), "2");
        Assert.Equal(2, locked.Changes.Count(c => c.Kind == ChangeKind.Retired));

        var accepted = LockFormat.Write("interventional.txt", locked.Accepted.AsArray());
        var outcome = GeneratorHarness.Run(new Microsoft.CodeAnalysis.AdditionalText[]
        {
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.txt"), edition2),
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.lock"), accepted),
        });
        Assert.Empty(outcome.Errors);
        // Retired first: the harness refers to the first 50 members as enum members.
        var members = locked.Retired.Select(r => ((string?)r.Identifier, r.Entry.Name)).Concat(Members(document)).ToList();

        var (problems, diagnostics) = AnalyzerHarness.Run(outcome.Output, "MyHospital.Interventional", members);

        Assert.Empty(problems);
        Assert.Contains(diagnostics, d => d.Id == "CSDK3001");
        Assert.Contains(diagnostics, d => d.Id == "CSDK3002" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("冠状动脉造影术"));
    }

    [Theory]
    [MemberData(nameof(InjectionTests.AcceptedNames), MemberType = typeof(InjectionTests), DisableDiscoveryEnumeration = true)]
    public void Risky_names_do_not_trip_the_analyzers(string label, string[] names, string token)
    {
        _ = token;
        var text = Catalogues.Build(new[] { "冠状动脉造影术" }.Concat(names).ToArray());
        var outcome = GeneratorHarness.Run("risky.txt", text);
        Assert.True(outcome.Sources.Length > 0, label + ": nothing generated");
        var document = CatalogueParser.Parse(GeneratorHarness.CataloguePath("risky.txt"), text);

        var problems = AnalyzerHarness.Problems(outcome.Output, "MyHospital.Risky", Members(document));

        Assert.True(problems.Count == 0, label + ":\n" + string.Join("\n", problems));
    }

    private static IReadOnlyList<(string? Identifier, string Name)> Members(Core.Model.CatalogueDocument document) =>
        document.Procedures.Select(p => ((string?)p.Identifier, p.Name)).ToList();
}
