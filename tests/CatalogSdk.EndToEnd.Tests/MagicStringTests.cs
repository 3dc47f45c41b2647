using CatalogSdk.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>
/// A legacy program that spells procedure names as strings: <c>dotnet format analyzers --diagnostics CSDK3004 --severity
/// info</c> (docs/diagnostics/CSDK3004.md, "Migrating a legacy codebase") turns it to the generated constants and the
/// typed lookup in one step, adding the using directive, and the program still builds clean and prints the same.
/// </summary>
[Collection(ConsumerBuilds.Name)]
public sealed class MagicStringTests
{
    private const string LegacyProgram =
        """
        // Looks procedures up by the names a legacy system stored; prints KEY=VALUE lines for the end-to-end tests.
        using System;
        using System.Text;

        Console.OutputEncoding = Encoding.UTF8;
        const string Angiography = "冠状动脉造影术";
        Console.WriteLine("NAME=" + Angiography);
        Console.WriteLine("FOUND=" + Consumer.Interventional.Catalogue.Find("冠状动脉造影术 ")?.Name);
        Console.WriteLine("ROOM=" + Room(args.Length > 0 ? args[0] : ""));

        static string Room(string name)
        {
            switch (name)
            {
                case "冠状动脉造影术":
                    return "导管室";
                default:
                    return "SELECT name FROM surgery WHERE name = '冠状动脉造影术'";
            }
        }

        """;

    private const string MigratedProgram =
        """
        // Looks procedures up by the names a legacy system stored; prints KEY=VALUE lines for the end-to-end tests.
        using System;
        using System.Text;
        using Consumer.Interventional;

        Console.OutputEncoding = Encoding.UTF8;
        const string Angiography = ProcedureNames.冠状动脉造影术;
        Console.WriteLine("NAME=" + Angiography);
        Console.WriteLine("FOUND=" + Consumer.Interventional.Catalogue.Get(Procedure.冠状动脉造影术)?.Name);
        Console.WriteLine("ROOM=" + Room(args.Length > 0 ? args[0] : ""));

        static string Room(string name)
        {
            switch (name)
            {
                case ProcedureNames.冠状动脉造影术:
                    return "导管室";
                default:
                    return "SELECT name FROM surgery WHERE name = '冠状动脉造影术'";
            }
        }

        """;

    private readonly ConsumerProject _consumer;
    private readonly ITestOutputHelper _log;

    public MagicStringTests(ConsumerProject consumer, ITestOutputHelper log)
    {
        _consumer = consumer;
        _log = log;
    }

    [Fact]
    public void NameStrings_CSDK3004_DotnetFormatMigratesThemToTheConstants()
    {
        var session = _consumer.Start(_log);
        session.WriteProgram(LegacyProgram);

        // 1. Information only: the legacy program builds clean.
        Expect.CleanBuild(session.Build());

        // 2. The migration step of the docs.
        var format = session.FormatAnalyzers("--diagnostics", "CSDK3004", "--severity", "info");
        Assert.True(format.ExitCode == 0, "dotnet format analyzers should apply the fix (exit code 0).\n" + format.Describe());
        var actual = session.ReadProgram();
        Assert.True(
            actual == MigratedProgram,
            "Program.cs should use the constants, the typed lookup and the using directive, but is:\n" + actual + "\n" + format.Describe());

        // 3. The build passes, and the program behaves as before.
        Expect.CleanBuild(session.Build());
        var run = session.RunProgram("冠状动脉造影术");
        Expect.Value(run, "NAME", "冠状动脉造影术");
        Expect.Value(run, "FOUND", "冠状动脉造影术");
        Expect.Value(run, "ROOM", "导管室");
    }
}
