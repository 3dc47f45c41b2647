using System;
using System.IO;

namespace CatalogSdk.Cli.Tests.Support;

/// <summary>What one in-process run of the tool produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output split into lines ("\n"), without the empty string after the final line break.</summary>
    public string[] StdoutLines => SplitLines(Stdout);

    /// <summary>Standard error split into lines.</summary>
    public string[] StderrLines => SplitLines(Stderr);

    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return Array.Empty<string>();
        }

        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}

/// <summary>Runs the tool in-process through <see cref="Program.Run"/>.</summary>
public static class CatalogTool
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The shipped catalogue, linked into the test output (not under catalog/: the tool's apphost is called catalog).</summary>
    public static string ShippedCatalogue => Path.Combine(AppContext.BaseDirectory, "TestData", "interventional.txt");
}
