using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>
/// The generated code compiled, loaded into a collectible context and asked, at run time, what it holds: the name
/// constants, every entry's name, the lookups by name and abbreviation, the title and the specialties. What the
/// catalogue wrote must come back out exactly.
/// </summary>
internal static class GeneratedAssembly
{
    /// <summary>
    /// The problems found at run time; empty when every value round-trips. <paramref name="names"/> are every name
    /// constant (retired procedures included), <paramref name="current"/> the names of current entries (all by default).
    /// </summary>
    public static List<string> RuntimeProblems(
        GeneratorOutcome outcome,
        string ns,
        IReadOnlyList<string> names,
        IReadOnlyDictionary<string, string>? abbreviations = null,
        string? title = null,
        IReadOnlyList<string>? headings = null,
        string? sourceFileName = null,
        IReadOnlyList<string>? current = null)
    {
        current ??= names;
        var problems = new List<string>();
        using var image = new MemoryStream();
        var emit = outcome.Output.Emit(image);
        if (!emit.Success)
        {
            problems.Add("does not emit: " + string.Join("; ", emit.Diagnostics));
            return problems;
        }

        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var catalogue = assembly.GetType(ns + ".Catalogue", throwOnError: true)!;
            var procedureNames = assembly.GetType(ns + ".ProcedureNames", throwOnError: true)!;

            var constants = procedureNames.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).OrderBy(v => v, StringComparer.Ordinal).ToArray();
            var wanted = names.OrderBy(v => v, StringComparer.Ordinal).ToArray();
            if (!constants.SequenceEqual(wanted, StringComparer.Ordinal))
            {
                problems.Add("ProcedureNames at run time [" + string.Join(", ", constants.Select(GeneratedCodeCheck.Show)) + "], expected [" + string.Join(", ", wanted.Select(GeneratedCodeCheck.Show)) + "]");
            }

            var entries = ((IEnumerable)catalogue.GetProperty("Entries")!.GetValue(null)!).Cast<object>().ToList();
            var entryNames = entries.Select(e => (string)e.GetType().GetProperty("Name")!.GetValue(e)!).OrderBy(v => v, StringComparer.Ordinal).ToArray();
            if (!entryNames.SequenceEqual(current.OrderBy(v => v, StringComparer.Ordinal), StringComparer.Ordinal))
            {
                problems.Add("Catalogue.Entries names [" + string.Join(", ", entryNames.Select(GeneratedCodeCheck.Show)) + "]");
            }

            var find = catalogue.GetMethod("Find", new[] { typeof(string) })!;
            foreach (var name in current)
            {
                var found = find.Invoke(null, new object[] { name });
                var foundName = found?.GetType().GetProperty("Name")!.GetValue(found) as string;
                if (!string.Equals(foundName, name, StringComparison.Ordinal))
                {
                    problems.Add("Catalogue.Find(" + GeneratedCodeCheck.Show(name) + ") gave " + GeneratedCodeCheck.Show(foundName));
                }
            }

            foreach (var (abbreviation, name) in abbreviations ?? new Dictionary<string, string>())
            {
                var found = find.Invoke(null, new object[] { abbreviation });
                var foundName = found?.GetType().GetProperty("Name")!.GetValue(found) as string;
                if (!string.Equals(foundName, name, StringComparison.Ordinal))
                {
                    problems.Add("Catalogue.Find(" + GeneratedCodeCheck.Show(abbreviation) + ") gave " + GeneratedCodeCheck.Show(foundName) + ", expected " + GeneratedCodeCheck.Show(name));
                }
            }

            if (title is not null && !string.Equals((string?)catalogue.GetField("Title")!.GetRawConstantValue(), title, StringComparison.Ordinal))
            {
                problems.Add("Catalogue.Title is " + GeneratedCodeCheck.Show((string?)catalogue.GetField("Title")!.GetRawConstantValue()));
            }

            if (sourceFileName is not null && !string.Equals((string?)catalogue.GetField("SourceFileName")!.GetRawConstantValue(), sourceFileName, StringComparison.Ordinal))
            {
                problems.Add("Catalogue.SourceFileName is " + GeneratedCodeCheck.Show((string?)catalogue.GetField("SourceFileName")!.GetRawConstantValue()));
            }

            if (headings is not null)
            {
                var specialties = ((IEnumerable)catalogue.GetProperty("Specialties")!.GetValue(null)!).Cast<object>()
                    .Select(s => (string)s.GetType().GetProperty("Heading")!.GetValue(s)!)
                    .ToArray();
                if (!specialties.SequenceEqual(headings, StringComparer.Ordinal))
                {
                    problems.Add("specialty headings at run time [" + string.Join(", ", specialties.Select(GeneratedCodeCheck.Show)) + "]");
                }
            }
        }
        finally
        {
            context.Unload();
        }

        return problems;
    }
}
