using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CatalogSdk.Packages.Tests.Infrastructure;

/// <summary>What a finished (or killed) child process did.</summary>
public sealed record ProcessResult(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    bool TimedOut,
    TimeSpan Elapsed,
    string StandardOutput,
    string StandardError,
    string Output,
    int Attempts)
{
    /// <summary>The command, its exit code and everything it printed: the body of every assertion message.</summary>
    public string Describe() =>
        "$ " + CommandLine + "\n  (in " + WorkingDirectory + ")\n" +
        (TimedOut ? "  TIMED OUT and killed" : "  exit code " + ExitCode.ToString(CultureInfo.InvariantCulture)) +
        " after " + Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" +
        (Attempts > 1 ? " (attempt " + Attempts.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty) + "\n" +
        "----- output (stdout + stderr) -----\n" + Output + "\n----- end of output -----";
}

/// <summary>
/// Runs child processes with a timeout, in an environment that does not depend on the test host: no CI variable
/// (unless a test sets it), no MSBuild variables inherited from <c>dotnet test</c>, no NUGET_PACKAGES override, no
/// MSBuild server, node reuse or shared compilation, English messages. A run that fails because another build holds
/// a file is retried.
/// </summary>
public static class ProcessRunner
{
    private const int MaxAttempts = 3;

    // Another process holds a file (others build concurrently), or the package source was briefly unreachable.
    private static readonly Regex s_transient = new(
        @"being used by another process|The process cannot access the file|\bMSB3021\b|\bMSB3026\b|\bMSB3027\b|\bNU1301\b|Text file busy",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The dotnet muxer: the one running the tests when that is knowable, else dotnet from PATH.</summary>
    public static string Dotnet { get; } = FindDotnet();

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>.</summary>
    public static ProcessResult RunDotnet(
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null,
        bool nugetPackagesFromConfig = true) =>
        Run(Dotnet, arguments, workingDirectory, timeout, environment, nugetPackagesFromConfig);

    /// <param name="environment">Variables to set (a null value removes the variable), applied last.</param>
    /// <param name="nugetPackagesFromConfig">Remove NUGET_PACKAGES, so the NuGet.config's globalPackagesFolder applies.</param>
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null,
        bool nugetPackagesFromConfig = true)
    {
        var args = arguments.ToList();
        ProcessResult result;
        var attempt = 0;
        do
        {
            attempt++;
            if (attempt > 1)
            {
                System.Threading.Thread.Sleep(TimeSpan.FromSeconds(3 * attempt));
            }

            result = RunOnce(fileName, args, workingDirectory, timeout, environment, nugetPackagesFromConfig, attempt);
        }
        while (!result.TimedOut && result.ExitCode != 0 && attempt < MaxAttempts && s_transient.IsMatch(result.Output));

        return result;
    }

    private static ProcessResult RunOnce(
        string fileName,
        List<string> args,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment,
        bool nugetPackagesFromConfig,
        int attempt)
    {
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
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                string.Equals(key, "CI", StringComparison.OrdinalIgnoreCase) ||
                string.Equals(key, "ContinuousIntegrationBuild", StringComparison.OrdinalIgnoreCase) ||
                (nugetPackagesFromConfig && string.Equals(key, "NUGET_PACKAGES", StringComparison.OrdinalIgnoreCase)))
            {
                env.Remove(key);
            }
        }

        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        env["DOTNET_NOLOGO"] = "1";
        env["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        env["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
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

        var timedOut = !process.WaitForExit((int)timeout.TotalMilliseconds);
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
                combined.ToString(),
                attempt);
        }
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => !char.IsWhiteSpace(c) && c != '"' && c != '\'') ? arg : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string FindDotnet()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && System.IO.File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        if (processPath is not null && System.IO.Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return "dotnet";
    }
}
