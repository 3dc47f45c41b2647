using System.Linq;

namespace CatalogSdk.Packages.Tests.Infrastructure;

/// <summary>Assertions on builds and programs; every message carries the command and its whole output.</summary>
public static class Expect
{
    /// <summary>Exit code 0 and not one warning of any kind.</summary>
    public static void CleanBuild(ProcessResult build)
    {
        Assert.True(build.ExitCode == 0, "The build failed.\n" + build.Describe());
        var warnings = BuildOutput.WarningLines(build.Output);
        Assert.True(warnings.Count == 0, "The build warned:\n" + string.Join("\n", warnings) + "\n" + build.Describe());
        Assert.True(BuildOutput.WarningCount(build.Output) == 0, "MSBuild's summary does not say 0 Warning(s).\n" + build.Describe());
    }

    /// <summary>A non-zero exit code, and errors with exactly the IDs given (each at least once).</summary>
    public static void FailedWithOnly(ProcessResult build, params string[] ids)
    {
        Assert.True(build.ExitCode != 0, "The build succeeded; it should have failed with " + string.Join(", ", ids) + ".\n" + build.Describe());
        var errorIds = BuildOutput.Errors(build.Output).Select(e => e.Id).Distinct().OrderBy(x => x, System.StringComparer.Ordinal).ToArray();
        Assert.True(
            errorIds.SequenceEqual(ids.Distinct().OrderBy(x => x, System.StringComparer.Ordinal)),
            "Expected errors " + string.Join(", ", ids) + " and no others; got [" + string.Join(", ", errorIds) + "].\n" + build.Describe());
    }

    /// <summary>Exit code 0.</summary>
    public static void Succeeded(ProcessResult result, string what)
    {
        Assert.True(result.ExitCode == 0, what + " failed.\n" + result.Describe());
    }

    /// <summary>The program printed KEY=expected.</summary>
    public static void Printed(ProcessResult run, string key, string expected)
    {
        var values = BuildOutput.KeyValues(run.StandardOutput);
        Assert.True(values.TryGetValue(key, out var actual), "The program printed no " + key + "=….\n" + run.Describe());
        Assert.True(expected == actual, "The program printed " + key + "=" + actual + ", expected " + key + "=" + expected + ".\n" + run.Describe());
    }
}
