using System.IO;
using System.Linq;
using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

/// <summary><c>catalog lint</c> checks a catalogue's English-name overlay (<c>&lt;name&gt;.en.tsv</c> beside it) as the build does.</summary>
public sealed class LintOverlayTests
{
    [Fact]
    public void The_shipped_catalogue_and_its_overlay_are_clean()
    {
        Assert.True(File.Exists(Path.ChangeExtension(CatalogTool.ShippedCatalogue, ".en.tsv")), "The shipped overlay is not beside the test copy of the catalogue.");

        var result = CatalogTool.Run("lint", CatalogTool.ShippedCatalogue);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "0 个错误，0 个警告。 0 errors, 0 warnings." }, result.StdoutLines);
    }

    [Fact]
    public void Malformed_unknown_and_repeated_lines_are_warnings_at_their_place_in_the_overlay()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("clean.txt", Fixtures.Clean);
        var overlay = dir.Write(
            "clean.en.tsv",
            "# English names, unofficial\n" +                  // 1
            "人工起搏器功能检查\tPacemaker function check\n" +  // 2
            "没有制表符的一行\n" +                              // 3
            "不存在的手术\tNo such procedure\n" +               // 4
            "人工起搏器功能检查\tPacemaker check\n");           // 5

        var result = CatalogTool.Run("lint", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4, result.StdoutLines.Length);
        Assert.StartsWith(overlay + "(3,1): warning CSDK1026: ", result.StdoutLines[0]);
        Assert.Contains(result.StdoutLines, l => l.StartsWith(overlay + "(5,1): warning CSDK1028: ", System.StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.StartsWith(overlay + "(4,1): warning CSDK1027: ", System.StringComparison.Ordinal) && l.Contains("不存在的手术", System.StringComparison.Ordinal));
        Assert.Equal("0 个错误，3 个警告。 0 errors, 3 warnings.", result.StdoutLines.Last());

        Assert.Equal(1, CatalogTool.Run("lint", "--warnings-as-errors", path).ExitCode);
    }

    [Fact]
    public void A_retired_procedure_the_lock_keeps_is_a_known_name()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("clean.txt", Fixtures.Clean);
        dir.Write("clean.en.tsv", "经皮冠状动脉腔内成形术[PTCA]\tPercutaneous transluminal coronary angioplasty\n");
        var withRetired = Fixtures.Clean.Replace("经皮冠状动脉腔内成形术[PTCA]\n", string.Empty, System.StringComparison.Ordinal);
        var created = CatalogTool.Run("lock", "update", path, "--edition", "2024", "--force");
        Assert.Equal(0, created.ExitCode);
        File.WriteAllText(path, withRetired + "人工起搏器程控\n");
        Assert.Equal(0, CatalogTool.Run("lock", "update", path, "--edition", "2025", "--force").ExitCode);

        var result = CatalogTool.Run("lint", path);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.StdoutLines, l => l.Contains("CSDK1027", System.StringComparison.Ordinal));
    }
}
