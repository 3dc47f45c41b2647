using System;
using System.CommandLine;
using System.IO;
using System.Text;
using CatalogSdk.Cli;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>What one in-process run of the catalog tool produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Stdout + "\nstderr:\n" + Stderr;
}

/// <summary>
/// Runs the catalog tool in-process with System.CommandLine's exception handler switched off, so that an exception
/// inside a command reaches the test instead of becoming "Unhandled exception" text and exit code 1.
/// </summary>
internal static class CatalogTool
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var parseResult = CatalogCli.CreateRootCommand().Parse(args);
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs through the public entry point, as the installed tool does.</summary>
    public static CliResult RunProgram(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A fresh directory for one test's files, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "catalogsdk-reliability", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark; returns the full path.</summary>
    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Combine(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The names of the files in the directory, sorted.</summary>
    public string[] FileNames()
    {
        var names = Array.ConvertAll(Directory.GetFileSystemEntries(Path), e => System.IO.Path.GetFileName(e)!);
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
