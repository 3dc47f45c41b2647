using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace CatalogSdk.Benchmarks.Support;

/// <summary>
/// Runs every benchmark class's [GlobalSetup] (with each [Params] value) and each benchmark once, without
/// BenchmarkDotNet: a quick way to see that the inputs are valid and every benchmark returns what it should.
/// </summary>
public static class SetupCheck
{
    public static int Run()
    {
        var failures = 0;
        foreach (var type in typeof(SetupCheck).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var paramsProperty = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<ParamsSourceAttribute>() is not null);
            var values = paramsProperty is null
                ? new object?[] { null }
                : ((System.Collections.IEnumerable)type.GetProperty(paramsProperty.GetCustomAttribute<ParamsSourceAttribute>()!.Name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Cast<object?>().ToArray();
            foreach (var value in values)
            {
                var label = type.Name + (value is null ? string.Empty : "(" + value + ")");
                try
                {
                    var instance = Activator.CreateInstance(type)!;
                    paramsProperty?.SetValue(instance, value);
                    var watch = Stopwatch.StartNew();
                    foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
                    {
                        setup.Invoke(instance, null);
                    }

                    foreach (var benchmark in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
                    {
                        var start = watch.Elapsed;
                        var result = benchmark.Invoke(instance, null);
                        Console.WriteLine("  " + label + "." + benchmark.Name + ": " + (watch.Elapsed - start).TotalMilliseconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) + " ms (first call) -> " + result);
                    }

                    Console.WriteLine("ok " + label + " in " + watch.Elapsed.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " s");
                }
                catch (TargetInvocationException ex)
                {
                    failures++;
                    Console.WriteLine("FAILED " + label + ": " + ex.InnerException);
                }
            }
        }

        Console.WriteLine(failures == 0 ? "all setups passed" : failures + " setups failed");
        return failures == 0 ? 0 : 1;
    }
}
