using System;
using System.IO;

namespace CatalogSdk.EndToEnd.Tests.Infrastructure;

/// <summary>Where the repository is, and which configuration the solution build used for this test run.</summary>
internal static class Repo
{
    /// <summary>The folder holding CatalogSdk.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration folder the test assembly was built into (bin/&lt;config&gt;/net10.0).</summary>
    public static string Configuration { get; } = FindConfiguration();

    public static string Catalogue => Path.Combine(Root, "catalog", "interventional.txt");

    public static string Lock => Path.Combine(Root, "catalog", "interventional.lock");

    public static string PropsFile => Path.Combine(Root, "src", "CatalogSdk.Generator", "build", "CatalogSdk.props");

    public static string TargetsFile => Path.Combine(Root, "src", "CatalogSdk.Generator", "build", "CatalogSdk.targets");

    public static string RuntimeProject => Path.Combine(Root, "src", "CatalogSdk", "CatalogSdk.csproj");

    public static string GeneratorProject => Path.Combine(Root, "src", "CatalogSdk.Generator", "CatalogSdk.Generator.csproj");

    public static string AnalyzersProject => Path.Combine(Root, "src", "CatalogSdk.Analyzers", "CatalogSdk.Analyzers.csproj");

    public static string CodeFixesProject => Path.Combine(Root, "src", "CatalogSdk.CodeFixes", "CatalogSdk.CodeFixes.csproj");

    /// <summary>The CLI as the solution build left it: src/CatalogSdk.Cli/bin/&lt;config&gt;/net10.0/catalog.dll.</summary>
    public static string CliDll => Path.Combine(Root, "src", "CatalogSdk.Cli", "bin", Configuration, "net10.0", "catalog.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CatalogSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " holds CatalogSdk.sln.");
    }

    private static string FindConfiguration()
    {
        // AppContext.BaseDirectory is …/tests/CatalogSdk.EndToEnd.Tests/bin/<config>/<tfm>/
        var tfm = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = tfm.Parent;
        if (configuration?.Parent is not { Name: "bin" })
        {
            throw new InvalidOperationException("The test assembly is not in bin/<configuration>/<tfm>: " + AppContext.BaseDirectory);
        }

        return configuration.Name;
    }
}
