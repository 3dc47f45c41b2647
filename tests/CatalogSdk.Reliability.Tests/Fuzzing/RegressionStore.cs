using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace CatalogSdk.Reliability.Tests.Fuzzing;

/// <summary>
/// Every input that ever failed is kept as a fixture under tests/CatalogSdk.Reliability.Tests/Regressions/: the file's
/// bytes exactly (&lt;hash&gt;.catalogue, with a lock beside it as &lt;hash&gt;.lock when the case had one) and a note
/// (&lt;hash&gt;.md) saying where it came from and what failed. RegressionTests replays them all.
/// </summary>
internal static class RegressionStore
{
    public const string CatalogueExtension = ".catalogue";

    /// <summary>The source folder (set at build time), so a new failure lands where it gets committed.</summary>
    public static string SourceDirectory =>
        typeof(RegressionStore).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RegressionDirectory").Value!;

    /// <summary>The fixtures as copied to the test output: what the replay reads.</summary>
    public static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "Regressions");

    /// <summary>Keeps a failing case; returns the fixture's name. Writing is best effort: the failure is reported anyway.</summary>
    public static string Save(FuzzCase fuzzCase, string? lockText, IEnumerable<string> problems)
    {
        var name = Name(fuzzCase.Bytes, lockText);
        try
        {
            Directory.CreateDirectory(SourceDirectory);
            File.WriteAllBytes(Path.Combine(SourceDirectory, name + CatalogueExtension), fuzzCase.Bytes);
            if (lockText is not null)
            {
                File.WriteAllText(Path.Combine(SourceDirectory, name + ".lock"), lockText, new UTF8Encoding(false));
            }

            var note = new StringBuilder();
            note.Append("# ").Append(name).Append("\n\n");
            note.Append("Found by the fuzzer: ").Append(fuzzCase).Append("\n\n## What failed\n\n");
            foreach (var problem in problems.Take(20))
            {
                note.Append("- ").Append(problem.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
            }

            File.WriteAllText(Path.Combine(SourceDirectory, name + ".md"), note.ToString(), new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return name;
    }

    /// <summary>The fixtures to replay: name, catalogue bytes, lock text (or null).</summary>
    public static IEnumerable<(string Name, byte[] Bytes, string? Lock)> Load()
    {
        if (!Directory.Exists(OutputDirectory))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(OutputDirectory, "*" + CatalogueExtension).OrderBy(f => f, StringComparer.Ordinal))
        {
            var lockPath = Path.ChangeExtension(file, ".lock");
            yield return (Path.GetFileNameWithoutExtension(file), File.ReadAllBytes(file), File.Exists(lockPath) ? File.ReadAllText(lockPath) : null);
        }
    }

    private static string Name(byte[] bytes, string? lockText)
    {
        var data = lockText is null ? bytes : bytes.Concat(Encoding.UTF8.GetBytes("\u0000lock\u0000" + lockText)).ToArray();
        return Convert.ToHexString(SHA256.HashData(data)).Substring(0, 16).ToLowerInvariant();
    }
}
