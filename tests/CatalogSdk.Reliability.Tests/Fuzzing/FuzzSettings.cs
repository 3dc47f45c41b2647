using System;
using System.Globalization;

namespace CatalogSdk.Reliability.Tests.Fuzzing;

/// <summary>
/// How many cases the fuzzer runs and from which seed. CI runs a fixed, bounded set; the environment variables turn
/// on the long run documented in docs/reliability.md:
/// <list type="bullet">
/// <item>CATALOGSDK_FUZZ_CASES: the number of cases (default <see cref="DefaultCases"/>);</item>
/// <item>CATALOGSDK_FUZZ_SEED: the random seed (default <see cref="DefaultSeed"/>);</item>
/// <item>CATALOGSDK_FUZZ_GENERATOR_EVERY: run the generator and compile its output on every n-th case (default 20);</item>
/// <item>CATALOGSDK_FUZZ_CLI_EVERY: run the command-line tool on every n-th case (default 40);</item>
/// <item>CATALOGSDK_FUZZ_REPORT: a file to append the run's figures to.</item>
/// </list>
/// </summary>
internal sealed record FuzzSettings(int Cases, int Seed, int GeneratorEvery, int CliEvery, string? ReportPath)
{
    public const int DefaultCases = 2400;
    public const int DefaultSeed = 20_241_124;

    public static FuzzSettings FromEnvironment() => new(
        Read("CATALOGSDK_FUZZ_CASES", DefaultCases),
        Read("CATALOGSDK_FUZZ_SEED", DefaultSeed),
        Math.Max(1, Read("CATALOGSDK_FUZZ_GENERATOR_EVERY", 20)),
        Math.Max(1, Read("CATALOGSDK_FUZZ_CLI_EVERY", 40)),
        Environment.GetEnvironmentVariable("CATALOGSDK_FUZZ_REPORT"));

    /// <summary>Whether the settings are the CI defaults (not a long run).</summary>
    public bool IsDefault => Cases == DefaultCases && Seed == DefaultSeed;

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback;
}
