using System.IO;
using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

public sealed class LintCommandTests
{
    [Fact]
    public void CleanFile_ExitsZero_AndPrintsOnlyTheSummary()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("clean.txt", Fixtures.Clean);

        var result = CatalogTool.Run("lint", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "0 个错误，0 个警告。 0 errors, 0 warnings." }, result.StdoutLines);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void ShippedCatalogue_IsClean()
    {
        var result = CatalogTool.Run("lint", CatalogTool.ShippedCatalogue);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 个错误，0 个警告。 0 errors, 0 warnings.\n", result.Stdout);
    }

    [Fact]
    public void WarningsOnly_ExitsZero()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("warnings.txt", Fixtures.WarningsOnly);

        var result = CatalogTool.Run("lint", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Length);
        Assert.StartsWith(path + "(5,1): warning CSDK1009: ", result.StdoutLines[0]);
        Assert.Equal("0 个错误，1 个警告。 0 errors, 1 warning.", result.StdoutLines[1]);
    }

    [Fact]
    public void WarningsAsErrors_TurnsWarningsIntoErrors_AndExitsOne()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("warnings.txt", Fixtures.WarningsOnly);

        var result = CatalogTool.Run("lint", "--warnings-as-errors", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(path + "(5,1): error CSDK1009: 手术「冠状动脉造影术」在同一专科中重复出现", result.StdoutLines[0]);
        Assert.Equal("1 个错误，0 个警告。 1 error, 0 warnings.", result.StdoutLines[1]);
    }

    [Fact]
    public void WarningsAsErrors_OnACleanFile_ExitsZero()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("clean.txt", Fixtures.Clean);

        Assert.Equal(0, CatalogTool.Run("lint", path, "--warnings-as-errors").ExitCode);
    }

    [Fact]
    public void Errors_ExitOne_WithExactCanonicalLines()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("errors.txt", Fixtures.WithErrors);

        var result = CatalogTool.Run("lint", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                path + "(5,1): warning CSDK1009: 手术「冠状动脉造影术」在同一专科中重复出现（第 4 行与第 5 行），按一个手术处理。请删除重复的一行。 The procedure '冠状动脉造影术' is listed twice in the same specialty (lines 4 and 5); it is kept once. Delete the repeated line.",
                path + "(7,3): error CSDK1011: 「淋巴结活检（颈部、」在括号内结束，看起来是被折成了两行。请把下一行接到这一行末尾，合并为一行。 '淋巴结活检（颈部、' ends inside an open bracket: it looks wrapped onto the next line. Join the next line onto the end of this one.",
                path + "(8,1): error CSDK1012: 「腋窝）」中的右括号没有对应的左括号，这一行可能是上一行折行后剩下的部分。请把它接到上一行末尾，或补全括号。 '腋窝）' has a closing bracket with no opening bracket; it is probably the rest of a wrapped line. Join it onto the end of the previous line, or complete the brackets.",
                path + "(10,1): error CSDK1010: 手术「冠状动脉造影术」在第 4 行为一级手术，在第 10 行为三级手术。同一手术只能有一个级别；请核对官方目录，删除或更正其中一行。 The procedure '冠状动脉造影术' is Grade 1 at line 4 and Grade 3 at line 10. A procedure has one grade; check the official catalogue and delete or correct one of the lines.",
                path + "(11,7): error CSDK1015: 未知的标注「@foo」。可用的标注有：@缩写（@abbr）、@编码（@code）、@兜底（@catch-all）、@原名（@renamed-from）、@取代（@replaces）、@英文（@en）。 Unknown annotation '@foo'. The annotations are @abbr (@缩写), @code (@编码), @catch-all (@兜底), @renamed-from (@原名), @replaces (@取代) and @en (@英文).",
                "4 个错误，1 个警告。 4 errors, 1 warning.",
            },
            result.StdoutLines);
        Assert.DoesNotContain('\r', result.Stdout);
    }

    [Fact]
    public void DisplayPath_IsThePathAsTyped()
    {
        using var dir = new TempDirectory();
        dir.Write("warnings.txt", Fixtures.WarningsOnly);
        var typed = dir.Path + "/./warnings.txt";

        var result = CatalogTool.Run("lint", typed);

        Assert.StartsWith(typed + "(5,1): warning CSDK1009: ", result.StdoutLines[0]);
    }

    [Fact]
    public void MissingFile_ExitsOne_WithAPositionlessError()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("missing.txt");

        var result = CatalogTool.Run("lint", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                path + ": error: 找不到文件。 File not found.",
                "1 个错误，0 个警告。 1 error, 0 warnings.",
            },
            result.StdoutLines);
    }

    [Fact]
    public void MissingDirectory_And_Directory_AreReported()
    {
        using var dir = new TempDirectory();
        var inMissingDirectory = Path.Combine(dir.Path, "nowhere", "x.txt");

        var result = CatalogTool.Run("lint", inMissingDirectory, dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(inMissingDirectory + ": error: 找不到文件所在的目录。 The file's directory does not exist.", result.StdoutLines[0]);
        Assert.Equal(dir.Path + ": error: 这是一个目录，不是文件。 This is a directory, not a file.", result.StdoutLines[1]);
        Assert.Equal("2 个错误，0 个警告。 2 errors, 0 warnings.", result.StdoutLines[2]);
    }

    [Fact]
    public void SeveralFiles_AreAllReported_InOrder_WithOneSummary()
    {
        using var dir = new TempDirectory();
        var clean = dir.Write("clean.txt", Fixtures.Clean);
        var warnings = dir.Write("warnings.txt", Fixtures.WarningsOnly);
        var errors = dir.Write("errors.txt", Fixtures.WithErrors);

        var result = CatalogTool.Run("lint", clean, warnings, errors);

        Assert.Equal(1, result.ExitCode);
        var lines = result.StdoutLines;
        Assert.Equal(7, lines.Length);
        Assert.StartsWith(warnings + "(5,1): warning CSDK1009: ", lines[0]);
        Assert.StartsWith(errors + "(5,1): warning CSDK1009: ", lines[1]);
        Assert.StartsWith(errors + "(7,3): error CSDK1011: ", lines[2]);
        Assert.StartsWith(errors + "(11,7): error CSDK1015: ", lines[5]);
        Assert.Equal("4 个错误，2 个警告。 4 errors, 2 warnings.", lines[6]);
    }

    [Fact]
    public void SeveralFiles_WithoutErrors_ExitZero()
    {
        using var dir = new TempDirectory();
        var clean = dir.Write("clean.txt", Fixtures.Clean);
        var warnings = dir.Write("warnings.txt", Fixtures.WarningsOnly);

        var result = CatalogTool.Run("lint", clean, warnings, CatalogTool.ShippedCatalogue);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 个错误，1 个警告。 0 errors, 1 warning.", result.StdoutLines[^1]);
    }

    [Fact]
    public void OneMissingFileAmongGoodOnes_ExitsOne()
    {
        using var dir = new TempDirectory();
        var clean = dir.Write("clean.txt", Fixtures.Clean);

        var result = CatalogTool.Run("lint", clean, dir.Combine("missing.txt"));

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void NoFiles_IsACommandLineError()
    {
        var result = CatalogTool.Run("lint");

        Assert.NotEqual(0, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Stderr);
    }
}
