using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CatalogSdk.Benchmarks.Support;
using CatalogSdk.Core.IO;
using CatalogSdk.Interventional;

namespace CatalogSdk.Benchmarks.Lookup;

/// <summary>
/// The first lookup after process start: one process per measurement (BenchmarkDotNet's ColdStart strategy: no
/// warm-up, one call), so each includes everything the first request of a freshly started service pays — loading,
/// JIT-compiling, building tables. Target: no parsing at run time; the ratio to today's practice is the answer.
/// <list type="bullet">
/// <item><see cref="LoadTextAtStartup"/> (baseline): today's practice — read catalog/interventional.txt, build a
/// dictionary with a small hand-written loader (no validation at all), look the name up.</item>
/// <item><see cref="ParseWithCatalogSdkCore"/>: the same with the full, validating parser (<see cref="CatalogueFile.Read"/>).</item>
/// <item><see cref="GeneratedTables"/>: the generated <c>Catalogue</c> — its static tables are built on first use, and
/// nothing is read or parsed; <see cref="GeneratedTablesOnly"/> is the part of it that builds the tables (no name lookup).</item>
/// </list>
/// Benchmarks return the grade as an int: the project BenchmarkDotNet generates around this one references only this
/// assembly and its packages, not the runtime library. This is a separate class from <see cref="LookupBenchmarks"/> because a job applies to a whole class, and first use
/// needs a process per measurement; its name keeps it under the filter *Lookup*.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 20, warmupCount: 0, iterationCount: 1, id: "FirstUse")]
public class LookupFirstUseBenchmarks
{
    private string _path = null!;
    private string _name = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Nothing here may touch the generated Catalogue, the parser or the loader: their first use is what is measured.
        _path = RepositoryFiles.ShippedCataloguePath;
        _name = new string("经皮冠状动脉腔内血管成形术[PTCA]".ToCharArray());
    }

    [Benchmark(Baseline = true, Description = "Read + hand-written loader + Dictionary (today)")]
    public int LoadTextAtStartup() => (int)StartupTextLoader.Load(_path)[_name].Grade;

    [Benchmark(Description = "Read + CatalogSdk.Core parser")]
    public int ParseWithCatalogSdkCore()
    {
        var key = CatalogueText.ToKey(_name);
        foreach (var p in CatalogueFile.Read(_path).Procedures)
        {
            if (p.Key == key)
            {
                return (int)p.Grade;
            }
        }

        throw new InvalidOperationException("Not found: " + _name);
    }

    [Benchmark(Description = "Generated tables only: procedure.GetGrade()")]
    public int GeneratedTablesOnly() => (int)Procedure.经皮冠状动脉腔内血管成形术_PTCA.GetGrade();

    [Benchmark(Description = "Generated: Catalogue.TryFind + GetGrade")]
    public int GeneratedTables() =>
        Catalogue.TryFind(_name, out var procedure) ? (int)procedure.GetGrade() : throw new InvalidOperationException("Not found: " + _name);

    /// <summary>
    /// The loader a hospital system has today: headings by their shape, one procedure per other line, a dictionary by
    /// name. It checks nothing, so it flatters the baseline.
    /// </summary>
    private static class StartupTextLoader
    {
        public static Dictionary<string, LoadedProcedure> Load(string path)
        {
            var result = new Dictionary<string, LoadedProcedure>(StringComparer.Ordinal);
            var specialty = string.Empty;
            var grade = default(SurgicalGrade);
            foreach (var raw in File.ReadLines(path))
            {
                var line = raw.Trim().TrimStart('\uFEFF');
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (line[0] == '（' || line[0] == '(')
                {
                    specialty = line;
                    grade = default;
                    continue;
                }

                if (SurgicalGrades.TryParseLabel(line, out var heading))
                {
                    grade = heading;
                    continue;
                }

                if (grade == default)
                {
                    continue; // The title.
                }

                var at = line.IndexOf('@');
                var name = (at < 0 ? line : line.Substring(0, at)).Trim();
                if (result.TryGetValue(name, out var known))
                {
                    known.Specialties.Add(specialty);
                }
                else
                {
                    result.Add(name, new LoadedProcedure(name, grade, new List<string> { specialty }));
                }
            }

            return result;
        }
    }

    private sealed record LoadedProcedure(string Name, SurgicalGrade Grade, List<string> Specialties);
}
