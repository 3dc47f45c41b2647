using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Help_IsChineseAndEnglish()
    {
        var result = CatalogTool.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("手术分级目录工具", result.Stdout);
        Assert.Contains("surgical grading catalogue tool", result.Stdout);
        Assert.Contains("lint", result.Stdout);
        Assert.Contains("export", result.Stdout);
        Assert.Contains("检查目录文件", result.Stdout);
        Assert.Contains("Export a catalogue as JSON or CSV", result.Stdout);
    }

    [Fact]
    public void LintHelp_DescribesTheOption()
    {
        var result = CatalogTool.Run("lint", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--warnings-as-errors", result.Stdout);
        Assert.Contains("把警告视为错误。 Treat warnings as errors.", result.Stdout);
    }

    [Fact]
    public void ExportHelp_DescribesTheOptions()
    {
        var result = CatalogTool.Run("export", "-h");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--format", result.Stdout);
        Assert.Contains("--output", result.Stdout);
        Assert.Contains("输出格式：json 或 csv。 The output format: json or csv.", result.Stdout);
    }

    [Fact]
    public void UnknownCommand_FailsWithAnError()
    {
        var result = CatalogTool.Run("frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Stderr);
    }

    [Fact]
    public void UnknownOption_FailsWithAnError()
    {
        var result = CatalogTool.Run("lint", CatalogTool.ShippedCatalogue, "--no-such-option");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr);
    }

    [Fact]
    public void MistypedOption_IsNotTakenForAFile()
    {
        var result = CatalogTool.Run("lint", "--warning-as-errors", CatalogTool.ShippedCatalogue);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Unrecognized option '--warning-as-errors'", result.Stderr);
        Assert.DoesNotContain("File not found", result.Stdout);
    }

    [Fact]
    public void ExportWithAMistypedOption_InsteadOfTheFile_Fails()
    {
        var result = CatalogTool.Run("export", "--fromat", "json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--fromat", result.Stderr);
    }

    [Fact]
    public void NoCommand_Fails()
    {
        var result = CatalogTool.Run();

        Assert.NotEqual(0, result.ExitCode);
    }
}
