using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Packages.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.Packages.Tests;

/// <summary>Scenario 6: code that names a retired procedure fails the build (CSDK3001), when the package carries the analyzer.</summary>
[Collection(PackagesCollection.Name)]
public sealed class RetiredReferenceTests
{
    private const string Retired = "多根导管冠状动脉造影";

    private readonly PackagedSdk _sdk;
    private readonly ITestOutputHelper _log;

    public RetiredReferenceTests(PackagedSdk sdk, ITestOutputHelper log)
    {
        _sdk = sdk;
        _log = log;
    }

    /// <summary>The tombstone written as lock update writes it (docs/lock-file.md), so CSDK3001 is checked even without the packed tool.</summary>
    [SkippableFact]
    public void A_reference_to_a_procedure_retired_in_the_lock_fails_the_build_with_CSDK3001()
    {
        SkipUnlessAnalyzerPacked();
        var consumer = RetiringConsumer("Hospital.Retired");
        var lockText = File.ReadAllText(_sdk.RepoLock, Encoding.UTF8);
        var entry = LockFile.Parse(lockText).Named(Retired);
        var line = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " | " + entry.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                   " | " + string.Join(";", entry.Specialties) + " | " + entry.Name + " | " + entry.Key;
        Assert.Contains("\n" + line + "\n", lockText, StringComparison.Ordinal);
        consumer.Write("catalog/interventional.lock", lockText.Replace("\n" + line + "\n", "\n" + line + " | retired 2025\n", StringComparison.Ordinal));

        AssertRetiredReferenceFails(consumer);
    }

    [SkippableFact]
    public void A_reference_to_a_procedure_retired_by_lock_update_fails_the_build_with_CSDK3001()
    {
        SkipUnlessAnalyzerPacked();
        Skip.Unless(_sdk.HasCli, "Retiring a procedure with lock update needs the packed tool. " + _sdk.CliMissing);
        var consumer = RetiringConsumer("Hospital.Retired");
        consumer.InstallTool();

        var update = consumer.Catalog("lock", "update", "catalog/interventional.txt", "--edition", "2025");
        Expect.Succeeded(update, "catalog lock update");
        var entry = LockFile.Read(consumer.PathOf("catalog/interventional.lock")).Named(Retired);
        Assert.True(entry.Notes.Contains("retired 2025"), "lock update did not retire " + Retired + ": " + entry + "\n" + update.Describe());

        AssertRetiredReferenceFails(consumer);
    }

    private void SkipUnlessAnalyzerPacked() =>
        Skip.Unless(
            _sdk.AnalyzerPacked,
            "The CatalogSdk package " + _sdk.Version + " has no analyzers/dotnet/cs/CatalogSdk.Analyzers.dll (the analyzers are not packed into it), so CSDK3001 cannot come from the package.");

    /// <summary>A consumer of CatalogSdk with the shipped catalogue, less one procedure, and the shipped lock.</summary>
    private Consumer RetiringConsumer(string name)
    {
        var consumer = _sdk.NewConsumer(name, _log);
        consumer.WriteProject(
            new Dictionary<string, string>
            {
                ["OutputType"] = "Exe",
                ["TargetFramework"] = "net8.0",
                ["RollForward"] = "Major",
                ["Nullable"] = "enable",
                ["TreatWarningsAsErrors"] = "true",
            },
            new[] { ("CatalogSdk", _sdk.Version) });
        consumer.Copy(_sdk.RepoLock, "catalog/interventional.lock");
        var lines = File.ReadAllLines(_sdk.RepoCatalogue, Encoding.UTF8).ToList();
        Assert.True(lines.Remove(Retired), "The shipped catalogue has no line " + Retired);
        consumer.Write("catalog/interventional.txt", string.Join("\n", lines) + "\n");
        consumer.Write("Program.cs", """
            using System;
            using Hospital.Retired.Interventional;

            public static class Program
            {
                public static int Main()
                {
                    Console.WriteLine((int)Procedure.多根导管冠状动脉造影);
                    return 0;
                }
            }
            """);
        return consumer;
    }

    /// <summary>The build fails with CSDK3001 at the one reference, and with nothing else (the retirement is accepted).</summary>
    private static void AssertRetiredReferenceFails(Consumer consumer)
    {
        var build = consumer.Build();

        Expect.FailedWithOnly(build, "CSDK3001");
        var error = Assert.Single(BuildOutput.Errors(build.Output));
        Assert.True(
            error.File == consumer.PathOf("Program.cs") && error.Line == 8 && error.Message.Contains(Retired, StringComparison.Ordinal) && error.Message.Contains("2025", StringComparison.Ordinal),
            "CSDK3001 should be at Program.cs line 8 and name " + Retired + " and edition 2025; it is " + error + "\n" + build.Describe());
    }
}
