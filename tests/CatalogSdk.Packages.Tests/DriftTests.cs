using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Packages.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.Packages.Tests;

/// <summary>Scenario 5: drift between a catalogue and its lock fails the build through the packages.</summary>
[Collection(PackagesCollection.Name)]
public sealed class DriftTests
{
    private const string PinnedLock = "CatalogSdk.Interventional.lock";

    private readonly PackagedSdk _sdk;
    private readonly ITestOutputHelper _log;

    public DriftTests(PackagedSdk sdk, ITestOutputHelper log)
    {
        _sdk = sdk;
        _log = log;
    }

    [Fact]
    public void A_procedure_added_to_the_copied_catalogue_fails_the_build_with_CSDK2001_at_its_line()
    {
        var consumer = AddedProcedure("Hospital.Drift", out var after);

        var build = consumer.Build();

        Expect.FailedWithOnly(build, "CSDK2001");
        var error = Assert.Single(BuildOutput.Errors(build.Output));
        Assert.True(
            error.File == consumer.PathOf("catalog/interventional.txt") && error.Line == after + 2 && error.Message.Contains("经皮左心耳封堵术", StringComparison.Ordinal),
            "CSDK2001 should be at catalog/interventional.txt(" + (after + 2).ToString(CultureInfo.InvariantCulture) + ",1) and name 经皮左心耳封堵术; it is " + error + "\n" + build.Describe());
        Assert.True(
            error.Message.StartsWith("目录新增了手术「经皮左心耳封堵术」", StringComparison.Ordinal) &&
            error.Message.Contains("接受此更改。 The catalogue adds the procedure '经皮左心耳封堵术'", StringComparison.Ordinal),
            "By default the message is Chinese, then English; it is " + error.Message + "\n" + build.Describe());
        Assert.Equal(File.ReadAllBytes(_sdk.RepoLock), File.ReadAllBytes(consumer.PathOf("catalog/interventional.lock")));
    }

    [Fact]
    public void With_PreferredUILang_zh_Hans_the_CSDK2001_message_is_Chinese_only()
    {
        var consumer = AddedProcedure("Hospital.Chinese", out var after);

        var build = consumer.Build("-p:PreferredUILang=zh-Hans");

        Expect.FailedWithOnly(build, "CSDK2001");
        var error = Assert.Single(BuildOutput.Errors(build.Output));
        // The compiler prints the help link after the message.
        const string HelpLink = " (https://github.com/catalogsdk/catalogsdk/blob/main/docs/diagnostics/CSDK2001.md)";
        var message = error.Message.EndsWith(HelpLink, StringComparison.Ordinal) ? error.Message.Substring(0, error.Message.Length - HelpLink.Length) : error.Message;
        Assert.True(
            error.File == consumer.PathOf("catalog/interventional.txt") && error.Line == after + 2 &&
            message.StartsWith("目录新增了手术「经皮左心耳封堵术」（三级手术，心血管疾病），锁文件中没有它。如确为新增，请运行 catalog lock update ", StringComparison.Ordinal) &&
            message.EndsWith("interventional.txt 接受此更改。", StringComparison.Ordinal) &&
            !message.Contains("The catalogue adds", StringComparison.Ordinal),
            "Under zh-Hans the compiler should print the Chinese half of CSDK2001 alone (from analyzers/dotnet/cs/zh-Hans/CatalogSdk.Core.resources.dll); it printed " +
            error + "\n" + build.Describe());
    }

    /// <summary>A consumer of CatalogSdk whose copy of the shipped catalogue adds 经皮左心耳封堵术 after 冠状动脉造影术 (0-based line <paramref name="after"/>).</summary>
    private Consumer AddedProcedure(string name, out int after)
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
        after = lines.IndexOf("冠状动脉造影术");
        Assert.True(after >= 0, "The shipped catalogue has no line 冠状动脉造影术.");
        lines.Insert(after + 1, "经皮左心耳封堵术");
        consumer.Write("catalog/interventional.txt", string.Join("\n", lines) + "\n");
        consumer.Write("Program.cs", $$"""
            using System;
            using {{name}}.Interventional;

            public static class Program
            {
                public static int Main()
                {
                    Console.WriteLine("count=" + Catalogue.Procedures.Count);
                    return 0;
                }
            }
            """);
        return consumer;
    }

    [Fact]
    public void A_pinned_lock_of_an_older_edition_fails_the_Interventional_only_build_with_CSDK2003()
    {
        var consumer = PinnedOlderEdition("Ward.Pinned");

        var build = consumer.Build();

        AssertRegradeError(consumer, build);
        Assert.Equal(File.ReadAllBytes(_sdk.RepoLock), File.ReadAllBytes(Path.Combine(_sdk.RestoredInterventionalCatalogFolder, "interventional.lock")));
    }

    [SkippableFact]
    public void Lock_update_with_the_packed_tool_accepts_the_packaged_edition_into_the_pinned_lock_and_the_build_passes()
    {
        Skip.Unless(_sdk.HasCli, _sdk.CliMissing ?? string.Empty);
        var consumer = PinnedOlderEdition("Ward.Accept");
        AssertRegradeError(consumer, consumer.Build());
        consumer.InstallTool();

        var packagedCatalogue = Path.Combine(_sdk.RestoredInterventionalCatalogFolder, "interventional.txt");
        var update = consumer.Catalog("lock", "update", packagedCatalogue, "--lock", PinnedLock, "--edition", "2025");

        Expect.Succeeded(update, "catalog lock update");
        Assert.True(update.StandardOutput.Contains("冠状动脉造影术", StringComparison.Ordinal) && update.StandardOutput.Contains("regraded", StringComparison.Ordinal),
            "lock update did not list the regrade it accepted.\n" + update.Describe());
        var entry = LockFile.Read(consumer.PathOf(PinnedLock)).Named("冠状动脉造影术");
        Assert.True(entry.Grade == 3 && entry.Notes.Contains("regraded 2025 2->3"), "The pinned lock's entry is " + entry + "\n" + update.Describe());
        Assert.Equal(File.ReadAllBytes(_sdk.RepoLock), File.ReadAllBytes(Path.Combine(_sdk.RestoredInterventionalCatalogFolder, "interventional.lock")));

        var build = consumer.Build();
        Expect.CleanBuild(build);
        var run = consumer.RunProgram();
        Expect.Succeeded(run, "Running the consumer");
        Expect.Printed(run, "cag.id", entry.Id.ToString(CultureInfo.InvariantCulture));
        Expect.Printed(run, "cag.grade", "Grade3");
    }

    [Fact]
    public void The_CSDK2003_message_for_a_pinned_lock_names_the_lock_to_update()
    {
        var consumer = PinnedOlderEdition("Ward.Message");
        var build = consumer.Build();
        var error = AssertRegradeError(consumer, build);
        Assert.True(
            error.Message.Contains("--lock", StringComparison.Ordinal) && error.Message.Contains(PinnedLock, StringComparison.Ordinal),
            "The CSDK2003 message tells the user to run a command that does not update " + PinnedLock + ": " + error.Message + "\n" + build.Describe());
    }

    /// <summary>
    /// An Interventional-only consumer that pins the packaged lock as CatalogSdk.Interventional.lock, edited as an older
    /// accepted edition would have it: 冠状动脉造影术 graded 2 instead of 3.
    /// </summary>
    private Consumer PinnedOlderEdition(string name)
    {
        var consumer = ConsumerTests.InterventionalOnlyConsumer(_sdk, name, _log);
        var packagedLock = Encoding.UTF8.GetString(PackagedSdk.ReadEntry(_sdk.InterventionalPackage, "catalog/interventional.lock"));
        var id = LockFile.Parse(packagedLock).Named("冠状动脉造影术").Id.ToString(CultureInfo.InvariantCulture);
        var older = packagedLock.Replace("\n" + id + " | 3 | ", "\n" + id + " | 2 | ", StringComparison.Ordinal);
        Assert.NotEqual(packagedLock, older);
        consumer.Write(PinnedLock, older);
        return consumer;
    }

    private BuildDiagnostic AssertRegradeError(Consumer consumer, ProcessResult build)
    {
        Expect.FailedWithOnly(build, "CSDK2003");
        var error = Assert.Single(BuildOutput.Errors(build.Output));
        var packagedCatalogue = Path.Combine(_sdk.RestoredInterventionalCatalogFolder, "interventional.txt");
        var line = Array.IndexOf(File.ReadAllLines(_sdk.RepoCatalogue, Encoding.UTF8), "冠状动脉造影术") + 1;
        Assert.True(
            error.File == packagedCatalogue && error.Line == line &&
            error.Message.Contains("冠状动脉造影术", StringComparison.Ordinal) && error.Message.Contains("Grade 2 to Grade 3", StringComparison.Ordinal),
            "CSDK2003 should be at " + packagedCatalogue + "(" + line.ToString(CultureInfo.InvariantCulture) + ",1), for 冠状动脉造影术 from Grade 2 to Grade 3; it is " +
            error + "\n" + build.Describe());
        Assert.True(File.Exists(consumer.PathOf(PinnedLock)));
        return error;
    }
}
