using System;
using System.Diagnostics;
using System.Runtime;
using System.Runtime.CompilerServices;
using CatalogSdk.Interventional;

namespace CatalogSdk.Benchmarks.Lookup;

/// <summary>
/// What the first lookup after process start spends its time on: <c>--first-use-jit</c> runs the first
/// <c>Catalogue.TryFind</c> + <c>GetGrade</c> of the process (as <see cref="LookupFirstUseBenchmarks.GeneratedTables"/>
/// does) and prints its wall time beside what the JIT compiled meanwhile (<see cref="JitInfo"/>: methods, IL bytes,
/// compile time). Run it several times: each run is one process, so one sample.
/// </summary>
public static class FirstUseJitProbe
{
    public static int Run()
    {
        var name = new string("经皮冠状动脉腔内血管成形术[PTCA]".ToCharArray());
        var methods = JitInfo.GetCompiledMethodCount();
        var il = JitInfo.GetCompiledILBytes();
        var jit = JitInfo.GetCompilationTime();
        var watch = Stopwatch.StartNew();
        var grade = FirstLookup(name);
        watch.Stop();
        Console.WriteLine(
            "first TryFind + GetGrade: " + watch.Elapsed.TotalMilliseconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " ms; " +
            "JIT meanwhile: " + (JitInfo.GetCompiledMethodCount() - methods) + " methods, " + (JitInfo.GetCompiledILBytes() - il) + " bytes of IL, " +
            (JitInfo.GetCompilationTime() - jit).TotalMilliseconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " ms (grade " + grade + ")");
        return grade == 3 ? 0 : 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FirstLookup(string name) =>
        Catalogue.TryFind(name, out var procedure) ? (int)procedure.GetGrade() : -1;
}
