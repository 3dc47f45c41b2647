using System;

namespace CatalogSdk.EndToEnd.Tests.Infrastructure;

/// <summary>Assertions on commands; every failure message carries the command and all of its output.</summary>
internal static class Expect
{
    /// <summary>Exit code 0, no error and no warning of any kind, and MSBuild's summary says 0 warnings.</summary>
    public static void CleanBuild(CommandResult build)
    {
        Assert.True(build.ExitCode == 0, "The build should pass (exit code 0).\n" + build.Describe());
        var warnings = BuildOutput.WarningLines(build.Output);
        Assert.True(warnings.Count == 0, "The build should report no warning, but reports:\n  " + string.Join("\n  ", warnings) + "\n" + build.Describe());
        var errors = BuildOutput.ErrorLines(build.Output);
        Assert.True(errors.Count == 0, "The build should report no error, but reports:\n  " + string.Join("\n  ", errors) + "\n" + build.Describe());
        Assert.True(BuildOutput.WarningCount(build.Output) == 0, "MSBuild's summary should say '0 Warning(s)'.\n" + build.Describe());
    }

    /// <summary>A non-zero exit code and exactly one distinct error: <paramref name="id"/> at file(line,column).</summary>
    public static BuildDiagnostic OnlyError(CommandResult build, string id, string file, int line, int column)
    {
        Assert.True(build.ExitCode != 0, "The build should fail (non-zero exit code) with " + id + ".\n" + build.Describe());
        var expected = file + "(" + line + "," + column + "): error " + id;
        var errors = build.Errors;
        Assert.True(
            errors.Count == 1 && errors[0].Id == id && errors[0].File == file && errors[0].Line == line && errors[0].Column == column,
            "The build should report exactly one error, " + expected + ", but reports " + errors.Count + ":\n  " +
            string.Join("\n  ", errors) + "\n" + build.Describe());
        Assert.True(build.Warnings.Count == 0, "The build should report no warning.\n" + build.Describe());
        Assert.True(
            build.Output.Contains(expected + ":", StringComparison.Ordinal),
            "The output should hold the canonical diagnostic '" + expected + ":'.\n" + build.Describe());
        return errors[0];
    }

    public static void Contains(string expected, string actual, string what, CommandResult result) =>
        Assert.True(actual.Contains(expected, StringComparison.Ordinal), what + " should contain 「" + expected + "」.\n" + result.Describe());

    public static void Value(CommandResult run, string key, string expected)
    {
        Assert.True(run.ExitCode == 0, "The program should exit with 0.\n" + run.Describe());
        Assert.True(
            run.Values.TryGetValue(key, out var actual) && actual == expected,
            "The program should print " + key + "=" + expected + " but printed " +
            (run.Values.TryGetValue(key, out var a) ? key + "=" + a : "no " + key) + ".\n" + run.Describe());
    }

    public static void NoDiagnostic(CommandResult build, string id) =>
        Assert.True(
            !build.Output.Contains(id, StringComparison.Ordinal),
            "The output should not mention " + id + ".\n" + build.Describe());
}
