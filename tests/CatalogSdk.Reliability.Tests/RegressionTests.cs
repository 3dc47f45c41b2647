using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Reliability.Tests.Fuzzing;

namespace CatalogSdk.Reliability.Tests;

/// <summary>Every input that ever failed, replayed through everything: parser, generator and compile (latest and C# 7.3), and the CLI.</summary>
public sealed class RegressionTests
{
    public static IEnumerable<object[]> Fixtures() => RegressionStore.Load().Select(f => new object[] { f.Name });

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_case_that_once_failed_keeps_every_invariant(string name)
    {
        var fixture = RegressionStore.Load().Single(f => f.Name == name);

        var latest = FuzzOracle.Check(fixture.Bytes, FuzzDepth.Generator | FuzzDepth.Cli, fixture.Lock);
        var legacy = FuzzOracle.Check(fixture.Bytes, FuzzDepth.Generator | FuzzDepth.CSharp73, fixture.Lock);

        Assert.True(latest.Passed, name + ":\n" + string.Join("\n", latest.Problems));
        Assert.True(legacy.Passed, name + " (C# 7.3):\n" + string.Join("\n", legacy.Problems));
    }

    [Fact]
    public void The_regression_fixtures_are_there_to_replay()
    {
        // A build that stopped copying them would make the theory above silently empty.
        Assert.True(RegressionStore.Load().Count() >= 3);
    }
}
