using System;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Packages.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.Packages.Tests;

/// <summary>Scenario 7: the packed CatalogSdk.Cli installed as a local tool and run as <c>dotnet catalog</c>.</summary>
[Collection(PackagesCollection.Name)]
public sealed class ToolTests
{
    private readonly PackagedSdk _sdk;
    private readonly ITestOutputHelper _log;

    public ToolTests(PackagedSdk sdk, ITestOutputHelper log)
    {
        _sdk = sdk;
        _log = log;
    }

    [SkippableFact]
    public void The_local_tool_lints_the_catalogue_and_diffs_two_editions()
    {
        Skip.Unless(_sdk.HasCli, _sdk.CliMissing ?? string.Empty);
        var folder = _sdk.NewConsumer("tool", _log);
        folder.InstallTool();
        folder.Copy(_sdk.RepoCatalogue, "catalog/interventional.txt");

        var lint = folder.Catalog("lint", "catalog/interventional.txt");
        Expect.Succeeded(lint, "catalog lint of the shipped catalogue");
        Assert.True(lint.StandardOutput.Contains("0 errors", StringComparison.Ordinal), "lint did not report 0 errors.\n" + lint.Describe());

        var broken = File.ReadAllText(_sdk.RepoCatalogue, Encoding.UTF8).Replace("\n四级手术\n", "\n五级手术\n", StringComparison.Ordinal);
        folder.Write("broken.txt", broken);
        var lintBroken = folder.Catalog("lint", "broken.txt");
        Assert.True(lintBroken.ExitCode == 1 && lintBroken.Output.Contains("CSDK1006", StringComparison.Ordinal), "lint of a catalogue with 五级手术 should exit 1 with CSDK1006.\n" + lintBroken.Describe());

        var lines = File.ReadAllLines(_sdk.RepoCatalogue, Encoding.UTF8).ToList();
        lines.Insert(lines.IndexOf("冠状动脉造影术") + 1, "经皮左心耳封堵术");
        folder.Copy(_sdk.RepoCatalogue, "old.txt");
        folder.Write("new.txt", string.Join("\n", lines) + "\n");

        var same = folder.Catalog("diff", "old.txt", "old.txt");
        Assert.True(same.ExitCode == 0, "diff of a catalogue with itself should exit 0.\n" + same.Describe());

        var diff = folder.Catalog("diff", "old.txt", "new.txt");
        Assert.True(diff.ExitCode == 1, "diff of two different editions should exit 1.\n" + diff.Describe());
        var added = diff.StandardOutput.Split('\n').Where(l => l.Contains("经皮左心耳封堵术", StringComparison.Ordinal)).ToList();
        Assert.True(
            added.Count == 1 && added[0].Contains("added", StringComparison.Ordinal) && added[0].Contains("三级手术", StringComparison.Ordinal),
            "diff did not list 经皮左心耳封堵术 as added (三级手术).\n" + diff.Describe());
        Assert.Contains("1 added, 0 retired", diff.StandardOutput, StringComparison.Ordinal);
    }
}
