using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace CatalogSdk.EndToEnd.Tests.Infrastructure;

/// <summary>What a finished (or killed) child process did.</summary>
internal sealed record ProcessResult(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    bool TimedOut,
    TimeSpan Elapsed,
    string StandardOutput,
    string StandardError,
    string Output)
{
    /// <summary>The command, its exit code and everything it printed: the body of every assertion message.</summary>
    public string Describe() =>
        "$ " + CommandLine + "\n  (in " + WorkingDirectory + ")\n" +
        (TimedOut ? "  TIMED OUT and killed" : "  exit code " + ExitCode) + " after " + Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s\n" +
        "----- output (stdout + stderr) -----\n" + Output + "\n----- end of output -----";
}

/// <summary>
/// Runs a child process with a timeout, capturing stdout and stderr, in an environment that does not depend on the
/// machine: no telemetry or logo, English MSBuild messages, no MSBuild server or node reuse, no CI variable, and no
/// MSBuild variables inherited from the test host (dotnet test sets some).
/// </summary>
internal static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet muxer: the one running the tests when that is knowable, else dotnet from PATH.</summary>
    public static string Dotnet { get; } = FindDotnet();

    /// <param name="environment">Variables to set (a null value removes the variable), applied last.</param>
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var args = arguments.ToList();
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            CreateNoWindow = true,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var env = start.Environment;
        foreach (var key in env.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || string.Equals(key, "CI", StringComparison.OrdinalIgnoreCase))
            {
                env.Remove(key);
            }
        }

        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        env["DOTNET_NOLOGO"] = "1";
        env["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        env["DOTNET_CLI_UI_LANGUAGE"] = "en";
        env["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        env["MSBUILDDISABLENODEREUSE"] = "1";
        env["UseSharedCompilation"] = "false";
        if (environment is not null)
        {
            foreach (var pair in environment)
            {
                if (pair.Value is null)
                {
                    env.Remove(pair.Key);
                }
                else
                {
                    env[pair.Key] = pair.Value;
                }
            }
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var combined = new StringBuilder();
        var gate = new object();
        var commandLine = Quote(fileName) + (args.Count == 0 ? string.Empty : " " + string.Join(" ", args.Select(Quote)));
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (gate)
                {
                    stdout.Append(e.Data).Append('\n');
                    combined.Append(e.Data).Append('\n');
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (gate)
                {
                    stderr.Append(e.Data).Append('\n');
                    combined.Append(e.Data).Append('\n');
                }
            }
        };

        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start " + commandLine);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();

        var limit = timeout ?? DefaultTimeout;
        var timedOut = !process.WaitForExit((int)limit.TotalMilliseconds);
        if (timedOut)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended between the timeout and the kill.
            }
        }

        process.WaitForExit(); // drains the asynchronous output readers
        watch.Stop();
        lock (gate)
        {
            return new ProcessResult(
                commandLine,
                workingDirectory,
                timedOut ? -1 : process.ExitCode,
                timedOut,
                watch.Elapsed,
                stdout.ToString(),
                stderr.ToString(),
                combined.ToString());
        }
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => !char.IsWhiteSpace(c) && c != '"' && c != '\'') ? arg : "'" + arg.Replace("'", "'\\''") + "'";

    private static string FindDotnet()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return "dotnet";
    }
}
