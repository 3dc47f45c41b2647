using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CatalogSdk.WebApi.Tests.Support;

/// <summary>Paths in the repository this test assembly was built from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where test artefacts go: artifacts/screenshots (ignored by git).</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    private static string FindRoot()
    {
        var root = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (string.IsNullOrEmpty(root) || !File.Exists(Path.Combine(root, "catalog", "interventional.txt")))
        {
            throw new InvalidOperationException("找不到仓库根目录。 The repository root is unknown: " + root);
        }

        return Path.GetFullPath(root);
    }
}
