using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace CatalogSdk.Packages.Tests.Infrastructure;

/// <summary>One diagnostic as MSBuild prints it: <c>path(line,col): error ID: message [project]</c>.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() =>
        File + "(" + Line.ToString(CultureInfo.InvariantCulture) + "," + Column.ToString(CultureInfo.InvariantCulture) + "): " + Severity + " " + Id + ": " + Message;
}

/// <summary>Reading a build's console output and a program's KEY=VALUE lines.</summary>
public static class BuildOutput
{
    private static readonly Regex s_located = new(
        @"^\s*(?<file>.+?)\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\): (?<sev>error|warning) (?<id>[A-Za-z]+\d+): (?<msg>.*?)(?: \[[^\[\]]*\])?\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Any warning or error at all, located or not ("CSC : warning CS…", "…: warning NU1603: …", "warning MSB…").
    private static readonly Regex s_anyWarning = new(@"(^|[\s:])warning [A-Za-z]+\d+\s*:", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex s_anyError = new(@"(^|[\s:])error [A-Za-z]+\d+\s*:", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex s_warningCount = new(@"^\s*(?<n>\d+) Warning\(s\)\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The located diagnostics, each once (MSBuild prints them twice), in the order first printed.</summary>
    public static IReadOnlyList<BuildDiagnostic> Diagnostics(string output)
    {
        var seen = new HashSet<BuildDiagnostic>();
        var list = new List<BuildDiagnostic>();
        foreach (var line in Lines(output))
        {
            var m = s_located.Match(line);
            if (!m.Success)
            {
                continue;
            }

            var d = new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["col"].Value, CultureInfo.InvariantCulture),
                m.Groups["sev"].Value,
                m.Groups["id"].Value,
                m.Groups["msg"].Value);
            if (seen.Add(d))
            {
                list.Add(d);
            }
        }

        return list;
    }

    /// <summary>The located errors.</summary>
    public static IReadOnlyList<BuildDiagnostic> Errors(string output) => Diagnostics(output).Where(d => d.Severity == "error").ToList();

    /// <summary>Lines that report a warning, located or not.</summary>
    public static IReadOnlyList<string> WarningLines(string output) => Lines(output).Where(l => s_anyWarning.IsMatch(l)).Distinct().ToList();

    /// <summary>Lines that report an error, located or not.</summary>
    public static IReadOnlyList<string> ErrorLines(string output) => Lines(output).Where(l => s_anyError.IsMatch(l)).Distinct().ToList();

    /// <summary>The "N Warning(s)" count of MSBuild's summary, or null when there is no summary.</summary>
    public static int? WarningCount(string output)
    {
        int? count = null;
        foreach (var line in Lines(output))
        {
            var m = s_warningCount.Match(line);
            if (m.Success)
            {
                count = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            }
        }

        return count;
    }

    /// <summary>The KEY=VALUE lines a consumer program prints.</summary>
    public static IReadOnlyDictionary<string, string> KeyValues(string output)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines(output))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                values[line.Substring(0, eq)] = line.Substring(eq + 1);
            }
        }

        return values;
    }

    private static IEnumerable<string> Lines(string output) => output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
