using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CatalogSdk.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>What happens without a lock, what cannot be switched off, and who may update a lock.</summary>
[Collection(ConsumerBuilds.Name)]
public sealed class LockPolicyTests
{
    private const string Added = "经皮冠状动脉定向旋切术";

    private readonly ConsumerProject _consumer;
    private readonly ITestOutputHelper _log;

    public LockPolicyTests(ConsumerProject consumer, ITestOutputHelper log)
    {
        _consumer = consumer;
        _log = log;
    }

    [Fact]
    public void NoLock_WarningCSDK2000_AndTheBuildCreatesNone()
    {
        var session = _consumer.Start(_log);
        session.DeleteLock();

        // The consumer treats warnings as errors; this build does not, to see the warning as a warning.
        var build = session.Build("-p:TreatWarningsAsErrors=false");

        Assert.True(build.ExitCode == 0, "Without a lock the build should pass with a warning.\n" + build.Describe());
        Assert.True(build.Errors.Count == 0, "The build should report no error.\n" + build.Describe());
        var warnings = build.Warnings;
        Assert.True(
            warnings.Count == 1 && warnings[0].Id == "CSDK2000" && warnings[0].File == session.CataloguePath && warnings[0].Line == 1 && warnings[0].Column == 1,
            "The build should report exactly one warning, " + session.CataloguePath + "(1,1): warning CSDK2000, but reports:\n  " +
            string.Join("\n  ", warnings) + "\n" + build.Describe());
        Expect.Contains("interventional.lock", warnings[0].Message, "The CSDK2000 message", build);
        Assert.False(File.Exists(session.LockPath), "A build must never create the lock.");
    }

    [Fact]
    public void NoLock_WithCatalogSdkRequireLock_ErrorCSDK2007()
    {
        var session = _consumer.Start(_log);
        session.DeleteLock();

        var build = session.Build("-p:CatalogSdkRequireLock=true");

        var error = Expect.OnlyError(build, "CSDK2007", session.CataloguePath, 1, 1);
        Expect.Contains("CatalogSdkRequireLock=true", error.Message, "The CSDK2007 message", build);
        Expect.NoDiagnostic(build, "CSDK2000");
        Assert.False(File.Exists(session.LockPath), "A build must never create the lock.");
    }

    /// <summary>
    /// The .editorconfig demotes CSDK2001 and, as a control, the configurable warning CSDK1009: the control proves the
    /// file is in effect (CSDK1009 disappears), and CSDK2001 still fails the build. The file is a global analyzer
    /// config (is_global = true) because a [*] section does not reach diagnostics located in the catalogue — see
    /// <see cref="EditorConfigSection_DemotesAConfigurableCatalogueDiagnostic"/>.
    /// </summary>
    [Fact]
    public void DriftError_CannotBeDemotedByEditorConfig()
    {
        var session = _consumer.Start(_log);
        var catalogue = session.Catalogue();
        catalogue.InsertAfter("冠状动脉造影术", "冠状动脉造影术", Added); // a duplicate (CSDK1009) and an addition (CSDK2001)
        session.Save(catalogue);
        session.WriteEditorConfig(
            "is_global = true\n" +
            "dotnet_diagnostic.CSDK2001.severity = none\n" +
            "dotnet_diagnostic.CSDK1009.severity = none\n");

        var build = session.Build();

        Expect.OnlyError(build, "CSDK2001", session.CataloguePath, catalogue.LineOf(Added), 1);
        Expect.NoDiagnostic(build, "CSDK1009");
    }

    /// <summary>
    /// Catalogue diagnostics are located in the catalogue file, not in C# code, so their severity is set in a global
    /// configuration (docs/diagnostics/README.md): a .globalconfig beside the project is discovered by the SDK. A
    /// [*] section of an .editorconfig applies to C# files only.
    /// </summary>
    [Fact]
    public void GlobalConfig_DemotesAConfigurableCatalogueDiagnostic()
    {
        var session = _consumer.Start(_log);
        var catalogue = session.Catalogue();
        catalogue.InsertAfter("冠状动脉造影术", "冠状动脉造影术");
        session.Save(catalogue);
        var globalConfig = System.IO.Path.Combine(session.Directory, ".globalconfig");
        try
        {
            var before = session.Build();
            Expect.Contains("CSDK1009", before.StandardOutput, "Without the global config the duplicate is reported", before);

            File.WriteAllText(globalConfig, "is_global = true\ndotnet_diagnostic.CSDK1009.severity = none\n");
            var build = session.Build();

            Expect.CleanBuild(build);
            Expect.NoDiagnostic(build, "CSDK1009");
        }
        finally
        {
            File.Delete(globalConfig);
        }
    }

    [Fact]
    public void LockUpdate_RefusedWhenCI_RunsWithForce()
    {
        var session = _consumer.Start(_log);
        var before = session.Lock();
        var catalogue = session.Catalogue();
        catalogue.InsertAfter("经皮冠状动脉旋磨术", Added); // something to accept, so that only the refusal keeps the lock as it is
        session.Save(catalogue);
        var ci = new Dictionary<string, string?> { ["CI"] = "true" };

        var refused = session.LockUpdate(ci, "--edition", "2025");

        Assert.True(refused.ExitCode == 1, "lock update should refuse with exit code 1 when CI=true.\n" + refused.Describe());
        Expect.Contains("CI=true", refused.StandardError, "The refusal (stderr)", refused);
        Assert.True(before.Bytes.AsSpan().SequenceEqual(File.ReadAllBytes(session.LockPath)), "A refused update must leave the lock as it was.\n" + refused.Describe());
        Assert.True(Directory.GetFiles(Path.GetDirectoryName(session.LockPath)!).Length == 2, "A refused update must leave no file behind.\n" + refused.Describe());

        var forced = session.LockUpdate(ci, "--edition", "2025", "--force");

        Assert.True(forced.ExitCode == 0, "lock update --force should run when CI=true.\n" + forced.Describe());
        var after = session.Lock();
        var id = before.MaxId + 1;
        Assert.True(
            after.ById.TryGetValue(id, out var entry) && entry.Name == Added,
            "The forced update should have accepted 「" + Added + "」 as ID " + id + ".\n" + forced.Describe());
        Assert.True(
            before.ById.Values.All(e => after.ById.TryGetValue(e.Id, out var a) && a.Text == e.Text),
            "The forced update should change no existing entry.\n" + forced.Describe());
    }
}
