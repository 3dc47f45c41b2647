using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CatalogSdk.Benchmarks.Support;

/// <summary>
/// Files of the repository the benchmarks read. BenchmarkDotNet runs each benchmark from a folder it generates, so
/// the repository root is recorded in the assembly at build time (AssemblyMetadata "CatalogSdkRepoRoot").
/// </summary>
public static class RepositoryFiles
{
    /// <summary>The repository root, with a trailing separator.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped national interventional catalogue.</summary>
    public static string ShippedCataloguePath => Path.Combine(Root, "catalog", "interventional.txt");

    /// <summary>The lock file of the shipped catalogue.</summary>
    public static string ShippedLockPath => Path.Combine(Root, "catalog", "interventional.lock");

    /// <summary>The text of the shipped catalogue, as the compiler hands it to the generator (without a byte-order mark).</summary>
    public static string ShippedCatalogueText => ReadText(ShippedCataloguePath);

    /// <summary>The text of the shipped lock file.</summary>
    public static string ShippedLockText => ReadText(ShippedLockPath);

    private static string ReadText(string path) => File.ReadAllText(path).TrimStart('\uFEFF');

    private static string FindRoot()
    {
        var recorded = typeof(RepositoryFiles).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CatalogSdkRepoRoot")?.Value;
        if (!string.IsNullOrEmpty(recorded) && File.Exists(Path.Combine(recorded, "catalog", "interventional.txt")))
        {
            return recorded;
        }

        throw new InvalidOperationException(
            "The repository root recorded at build time (" + (recorded ?? "none") + ") has no catalog/interventional.txt. " +
            "Build and run the benchmarks from the repository they were built in.");
    }
}
