using System.Globalization;
using CatalogSdk.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>The consumer as set up, with the shipped catalogue and its committed lock.</summary>
[Collection(ConsumerBuilds.Name)]
public sealed class CleanConsumerTests
{
    private readonly ConsumerProject _consumer;
    private readonly ITestOutputHelper _log;

    public CleanConsumerTests(ConsumerProject consumer, ITestOutputHelper log)
    {
        _consumer = consumer;
        _log = log;
    }

    [Fact]
    public void Builds_WithoutWarnings_AndRunsWithTheLockedIds()
    {
        var session = _consumer.Start(_log);
        var lockFile = session.Lock();

        var build = session.Build();

        Expect.CleanBuild(build);
        Expect.Contains(ConsumerProject.ProjectName + " -> ", build.Output, "The build output", build);

        var run = session.RunProgram("ptca");

        // Everything expected comes from the committed lock, not from memory.
        var angiography = lockFile.Named("冠状动脉造影术");
        var ptca = lockFile.Entry(14);
        Expect.Value(run, "CAG", angiography.Id.ToString(CultureInfo.InvariantCulture));
        Expect.Value(run, "CAG_NAME", "冠状动脉造影术");
        Expect.Value(run, "COUNT", lockFile.ActiveProcedureCount.ToString(CultureInfo.InvariantCulture));
        Expect.Value(run, "ID14", ptca.Name);
        Expect.Value(run, "FIND ptca", ptca.Id + "|" + ptca.Grade + "|" + ptca.Specialties);
    }
}
