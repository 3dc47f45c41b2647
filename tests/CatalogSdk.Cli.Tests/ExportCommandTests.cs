using System.IO;
using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void CatalogueWithErrors_IsRefused_AndNothingIsWritten(string format)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("errors.txt", Fixtures.WithErrors);

        var result = CatalogTool.Run("export", path, "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains(path + "(7,3): error CSDK1011: ", result.Stderr);
        Assert.Contains(path + "(5,1): warning CSDK1009: ", result.Stderr);
        Assert.Contains("4 个错误，1 个警告。 4 errors, 1 warning.", result.Stderr);
        Assert.Contains("nothing was exported", result.Stderr);
    }

    [Fact]
    public void CatalogueWithErrors_DoesNotCreateTheOutputFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("errors.txt", Fixtures.WithErrors);
        var target = dir.Combine("out.json");

        var result = CatalogTool.Run("export", path, "--format", "json", "--output", target);

        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Warnings_GoToStderr_AndTheExportProceeds()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("warnings.txt", Fixtures.WarningsOnly);

        var result = CatalogTool.Run("export", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(path + "(5,1): warning CSDK1009: ", result.Stderr);
        Assert.StartsWith("{", result.Stdout);
        Assert.DoesNotContain("CSDK", result.Stdout);
    }

    [Fact]
    public void MissingFile_ExitsOne()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("missing.txt");

        var result = CatalogTool.Run("export", path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(path + ": error: 找不到文件。 File not found.\n", result.Stderr);
    }

    [Fact]
    public void OutputOntoTheInput_IsRefused()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("clean.txt", Fixtures.Clean);

        var result = CatalogTool.Run("export", path, "--format", "json", "--output", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Fixtures.Clean, File.ReadAllText(path));
    }

    [Fact]
    public void UnwritableOutput_ExitsOne()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("clean.txt", Fixtures.Clean);
        var target = Path.Combine(dir.Path, "no-such-directory", "out.json");

        var result = CatalogTool.Run("export", path, "--format", "json", "--output", target);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(target + ": error: 无法写入文件：", result.Stderr);
    }

    [Fact]
    public void UnknownFormat_IsACommandLineError()
    {
        var result = CatalogTool.Run("export", CatalogTool.ShippedCatalogue, "--format", "xml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("\"procedures\"", result.Stdout);
        Assert.Contains("xml", result.Stderr);
    }

    [Fact]
    public void MissingFormat_IsACommandLineError()
    {
        var result = CatalogTool.Run("export", CatalogTool.ShippedCatalogue);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--format", result.Stderr);
    }
}
