using CatalogSdk.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>A catalogue the parser rejects fails the build with a diagnostic at the offending text.</summary>
[Collection(ConsumerBuilds.Name)]
public sealed class ParseErrorTests
{
    private readonly ConsumerProject _consumer;
    private readonly ITestOutputHelper _log;

    public ParseErrorTests(ConsumerProject consumer, ITestOutputHelper log)
    {
        _consumer = consumer;
        _log = log;
    }

    [Fact]
    public void FifthGradeHeading_CSDK1006_AtItsLineAndColumn()
    {
        var session = _consumer.Start(_log);
        var catalogue = session.Catalogue();

        // Indented by two spaces: the column is that of the heading's first character, 3. Inserted just above the
        // next valid heading, so no procedure is left without a grade and nothing else is reported.
        catalogue.InsertAfter("脊髓静脉造影术", "  五级手术");
        session.Save(catalogue);

        var build = session.Build();

        var error = Expect.OnlyError(build, "CSDK1006", session.CataloguePath, catalogue.LineOf("五级手术"), 3);
        Expect.Contains("「五级手术」不是有效的级别标题", error.Message, "The CSDK1006 message", build);
    }
}
