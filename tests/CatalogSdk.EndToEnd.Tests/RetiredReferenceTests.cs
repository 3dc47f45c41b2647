using System;
using System.Globalization;
using System.Linq;
using CatalogSdk.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>
/// A new edition replaces a procedure (<c>@取代</c>) and <c>catalog lock update</c> retires it: code that still names
/// the retired member fails the build with CSDK3001 at the reference, the code fix (applied by
/// <c>dotnet format analyzers</c>, from the consumer's project reference to src/CatalogSdk.CodeFixes) moves it to the
/// successor, and code marked <c>[AllowRetiredProcedures]</c> keeps building.
/// </summary>
[Collection(ConsumerBuilds.Name)]
public sealed class RetiredReferenceTests
{
    private const string Edition = "2025";
    private const string Retired = "冠状动脉造影术";
    private const string Successor = "冠状动脉造影术（新版）";
    private const string RetiredMember = "Procedure.冠状动脉造影术";

    // docs/catalogue-format.md: the full-width brackets become one underscore, and a trailing one is dropped.
    private const string SuccessorMember = "Procedure.冠状动脉造影术_新版";

    /// <summary>Schedules the retired procedure by its member; prints KEY=VALUE lines.</summary>
    private const string SchedulingProgram =
        """
        // Schedules a procedure by its generated member; prints KEY=VALUE lines for the end-to-end tests.
        using System;
        using System.Globalization;
        using System.Text;
        using Consumer.Interventional;

        Console.OutputEncoding = Encoding.UTF8;
        var scheduled = Procedure.冠状动脉造影术;
        Console.WriteLine("SCHEDULED=" + ((int)scheduled).ToString(CultureInfo.InvariantCulture));
        Console.WriteLine("SCHEDULED_NAME=" + Catalogue.Get(scheduled).Name);

        """;

    /// <summary>Reads a stored ID from before the edition; the one reference to the retired member is in the allowed method.</summary>
    private const string MigrationProgram =
        """
        // Reads procedure IDs stored before the 2025 edition; prints KEY=VALUE lines for the end-to-end tests.
        using System;
        using System.Globalization;
        using System.Text;
        using Consumer.Interventional;

        Console.OutputEncoding = Encoding.UTF8;
        var migrated = Records.Migrate((Procedure)int.Parse(args[0], CultureInfo.InvariantCulture));
        Console.WriteLine("MIGRATED=" + ((int)migrated).ToString(CultureInfo.InvariantCulture));

        internal static class Records
        {
            [CatalogSdk.AllowRetiredProcedures("reads records before 2025")]
            public static Procedure Migrate(Procedure stored) => stored == Procedure.冠状动脉造影术 ? Procedure.冠状动脉造影术_新版 : stored;
        }

        """;

    private readonly ConsumerProject _consumer;
    private readonly ITestOutputHelper _log;

    public RetiredReferenceTests(ConsumerProject consumer, ITestOutputHelper log)
    {
        _consumer = consumer;
        _log = log;
    }

    [Fact]
    public void RetiredMember_CSDK3001_AtTheReference_CodeFixUsesTheSuccessor()
    {
        var session = _consumer.Start(_log);
        var (_, successorId) = ReplaceAndUpdateLock(session);
        session.WriteProgram(SchedulingProgram);

        // 1. The build fails with the one CSDK3001, at the reference, naming the successor.
        var failed = session.Build();
        var (line, column) = PositionOf(SchedulingProgram, RetiredMember + ";");
        var error = Expect.OnlyError(failed, "CSDK3001", session.ProgramPath, line, column);
        Expect.Contains("手术「" + Retired + "」已在 " + Edition + " 版目录中停用", error.Message, "The CSDK3001 message", failed);
        Expect.Contains("use " + SuccessorMember + " instead", error.Message, "The CSDK3001 message", failed);

        // 2. The code fix, as a user applies it from the command line: only the reference changes.
        var format = session.FormatAnalyzers("--diagnostics", "CSDK3001", "--severity", "error");
        Assert.True(format.ExitCode == 0, "dotnet format analyzers should apply the fix (exit code 0).\n" + format.Describe());
        var expected = SchedulingProgram.Replace(RetiredMember + ";", SuccessorMember + ";", StringComparison.Ordinal);
        var actual = session.ReadProgram();
        Assert.True(
            actual == expected,
            "Program.cs should reference " + SuccessorMember + " and be otherwise unchanged, but is:\n" + actual + "\n" + format.Describe());

        // 3. The build passes, and the program schedules the successor.
        Expect.CleanBuild(session.Build());
        var run = session.RunProgram();
        Expect.Value(run, "SCHEDULED", successorId.ToString(CultureInfo.InvariantCulture));
        Expect.Value(run, "SCHEDULED_NAME", Successor);
    }

    [Fact]
    public void RetiredMember_InAMethodMarkedAllowRetiredProcedures_BuildsClean()
    {
        var session = _consumer.Start(_log);
        var (retiredId, successorId) = ReplaceAndUpdateLock(session);
        session.WriteProgram(MigrationProgram);

        var build = session.Build();

        Expect.CleanBuild(build);
        Expect.NoDiagnostic(build, "CSDK3001");
        var run = session.RunProgram(retiredId.ToString(CultureInfo.InvariantCulture));
        Expect.Value(run, "MIGRATED", successorId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Replaces the line 「冠状动脉造影术」 by 「冠状动脉造影术（新版） @取代 冠状动脉造影术」 and accepts it with
    /// <c>lock update</c>: the old ID becomes a tombstone naming the new one as its successor.
    /// </summary>
    private static (int RetiredId, int SuccessorId) ReplaceAndUpdateLock(ConsumerSession session)
    {
        var before = session.Lock();
        var retired = before.Named(Retired);
        var successorId = before.MaxId + 1;
        var catalogue = session.Catalogue();
        catalogue.Replace(Retired, Successor + " @取代 " + Retired);
        session.Save(catalogue);

        var update = session.LockUpdate(null, "--edition", Edition);

        Assert.True(update.ExitCode == 0, "lock update should accept the replacement (exit code 0).\n" + update.Describe());
        Expect.Contains("1 added, 1 retired, 0 renamed, 0 regraded, 0 specialty changes, 0 other.", update.StandardOutput, "lock update's summary", update);
        var after = session.Lock();
        Assert.Equal(retired.Text + " | retired " + Edition + " | successor " + successorId, after.Entry(retired.Id).Text);
        Assert.Equal(Successor, after.Entry(successorId).Name);
        return (retired.Id, successorId);
    }

    /// <summary>The 1-based line and column of the one occurrence of <paramref name="text"/> in <paramref name="program"/>.</summary>
    private static (int Line, int Column) PositionOf(string program, string text)
    {
        var lines = program.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, "The program should contain 「" + text + "」 on exactly one line.");
        return (hits[0] + 1, lines[hits[0]].IndexOf(text, StringComparison.Ordinal) + 1);
    }
}
