using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using CatalogSdk.Packages.Tests.Infrastructure;

namespace CatalogSdk.Packages.Tests;

/// <summary>Scenario 8: the layout and metadata of the packed .nupkg files, read with System.IO.Compression.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageContentsTests
{
    private readonly PackagedSdk _sdk;

    public PackageContentsTests(PackagedSdk sdk)
    {
        _sdk = sdk;
    }

    [Fact]
    public void CatalogSdk_package_holds_the_runtime_the_generator_and_the_build_files()
    {
        var entries = PackagedSdk.PackageEntries(_sdk.CatalogSdkPackage);
        var listing = Listing(_sdk.CatalogSdkPackage, entries);
        foreach (var expected in new[]
        {
            "lib/netstandard2.0/CatalogSdk.dll",
            "lib/net8.0/CatalogSdk.dll",
            "analyzers/dotnet/cs/CatalogSdk.Generator.dll",
            "analyzers/dotnet/cs/CatalogSdk.Core.dll",
            "analyzers/dotnet/cs/CatalogSdk.dll",
            "analyzers/dotnet/cs/CatalogSdk.Analyzers.dll",
            "analyzers/dotnet/cs/CatalogSdk.CodeFixes.dll",
            "analyzers/dotnet/cs/zh-Hans/CatalogSdk.Core.resources.dll",
            "analyzers/dotnet/cs/zh-Hans/CatalogSdk.Analyzers.resources.dll",
            "analyzers/dotnet/cs/zh-Hans/CatalogSdk.CodeFixes.resources.dll",
            "buildTransitive/CatalogSdk.props",
            "buildTransitive/CatalogSdk.targets",
            "README.md",
        })
        {
            Assert.True(entries.Contains(expected), "Missing " + expected + ".\n" + listing);
        }

        // Nothing that is not for the consumer: no generator in lib/, no analyzer-only assemblies in lib/.
        Assert.True(
            entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)).All(e => e.EndsWith("/CatalogSdk.dll", StringComparison.Ordinal)),
            "lib/ holds assemblies other than CatalogSdk.dll.\n" + listing);

        // Satellites only for Chinese, and only beside the analyzer-side assemblies: the neutral resources are the
        // bilingual texts, so an English-only satellite would take the Chinese away from English machines.
        var satellites = entries.Where(e => e.EndsWith(".resources.dll", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal).ToArray();
        Assert.True(
            satellites.SequenceEqual(new[]
            {
                "analyzers/dotnet/cs/zh-Hans/CatalogSdk.Analyzers.resources.dll",
                "analyzers/dotnet/cs/zh-Hans/CatalogSdk.CodeFixes.resources.dll",
                "analyzers/dotnet/cs/zh-Hans/CatalogSdk.Core.resources.dll",
            }),
            "Unexpected satellite assemblies.\n" + listing);

        // The build files are the repository's, byte for byte.
        var buildDir = Path.Combine(_sdk.RepoRoot, "src", "CatalogSdk.Generator", "build");
        Assert.Equal(File.ReadAllBytes(Path.Combine(buildDir, "CatalogSdk.props")), PackagedSdk.ReadEntry(_sdk.CatalogSdkPackage, "buildTransitive/CatalogSdk.props"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(buildDir, "CatalogSdk.targets")), PackagedSdk.ReadEntry(_sdk.CatalogSdkPackage, "buildTransitive/CatalogSdk.targets"));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(_sdk.RepoRoot, "src", "CatalogSdk.Package", "PACKAGE.md")),
            PackagedSdk.ReadEntry(_sdk.CatalogSdkPackage, "README.md"));

        var metadata = Metadata(_sdk.CatalogSdkPackage);
        AssertCommonMetadata(metadata, "CatalogSdk", listing);
        Assert.True(Child(metadata, "readme")?.Value == "README.md", "No <readme>README.md</readme>.\n" + metadata);
        Assert.False(string.IsNullOrWhiteSpace(Child(metadata, "description")?.Value), "No description.\n" + metadata);
    }

    [Fact]
    public void CatalogSdk_symbol_package_holds_the_pdbs_of_both_targets()
    {
        Assert.True(File.Exists(_sdk.CatalogSdkSymbolPackage), "No " + Path.GetFileName(_sdk.CatalogSdkSymbolPackage) + " in the feed: " +
            string.Join(", ", Directory.GetFiles(_sdk.Feed).Select(Path.GetFileName)) + "\n" + _sdk.CatalogSdkPack.Describe());
        var entries = PackagedSdk.PackageEntries(_sdk.CatalogSdkSymbolPackage);
        var listing = Listing(_sdk.CatalogSdkSymbolPackage, entries);
        Assert.True(entries.Contains("lib/netstandard2.0/CatalogSdk.pdb"), "Missing lib/netstandard2.0/CatalogSdk.pdb.\n" + listing);
        Assert.True(entries.Contains("lib/net8.0/CatalogSdk.pdb"), "Missing lib/net8.0/CatalogSdk.pdb.\n" + listing);
        var metadata = Metadata(_sdk.CatalogSdkSymbolPackage);
        Assert.Equal(_sdk.Version, Child(metadata, "version")?.Value);
        Assert.Contains(
            Child(metadata, "packageTypes")?.Elements().Select(e => (string?)e.Attribute("name")) ?? Enumerable.Empty<string?>(),
            n => n == "SymbolsPackage");
    }

    [Fact]
    public void Interventional_package_holds_the_repository_catalogue_and_lock_and_depends_on_CatalogSdk_with_all_assets()
    {
        var entries = PackagedSdk.PackageEntries(_sdk.InterventionalPackage);
        var listing = Listing(_sdk.InterventionalPackage, entries);
        foreach (var expected in new[] { "catalog/interventional.txt", "catalog/interventional.lock", "catalog/interventional.en.tsv", "buildTransitive/CatalogSdk.Interventional.props", "README.md" })
        {
            Assert.True(entries.Contains(expected), "Missing " + expected + ".\n" + listing);
        }

        Assert.False(entries.Any(e => e.StartsWith("lib/", StringComparison.Ordinal)), "The package holds no code of its own, yet has lib/ entries.\n" + listing);
        Assert.True(
            File.ReadAllBytes(_sdk.RepoCatalogue).AsSpan().SequenceEqual(PackagedSdk.ReadEntry(_sdk.InterventionalPackage, "catalog/interventional.txt")),
            "catalog/interventional.txt in the package differs from the repository's " + _sdk.RepoCatalogue);
        Assert.True(
            File.ReadAllBytes(_sdk.RepoLock).AsSpan().SequenceEqual(PackagedSdk.ReadEntry(_sdk.InterventionalPackage, "catalog/interventional.lock")),
            "catalog/interventional.lock in the package differs from the repository's " + _sdk.RepoLock);
        var overlay = Path.Combine(Path.GetDirectoryName(_sdk.RepoCatalogue)!, "interventional.en.tsv");
        Assert.True(
            File.ReadAllBytes(overlay).AsSpan().SequenceEqual(PackagedSdk.ReadEntry(_sdk.InterventionalPackage, "catalog/interventional.en.tsv")),
            "catalog/interventional.en.tsv in the package differs from the repository's " + overlay);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(_sdk.RepoRoot, "src", "CatalogSdk.Interventional", "build", "CatalogSdk.Interventional.props")),
            PackagedSdk.ReadEntry(_sdk.InterventionalPackage, "buildTransitive/CatalogSdk.Interventional.props"));

        var metadata = Metadata(_sdk.InterventionalPackage);
        AssertCommonMetadata(metadata, "CatalogSdk.Interventional", listing);
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").ToList();
        var catalogSdk = dependencies.SingleOrDefault(d => (string?)d.Attribute("id") == "CatalogSdk");
        Assert.True(catalogSdk is not null, "No dependency on CatalogSdk.\n" + metadata);
        Assert.True((string?)catalogSdk!.Attribute("version") == _sdk.Version, "The dependency is not on CatalogSdk " + _sdk.Version + ": " + catalogSdk);

        // The generator and the build files come through this dependency: it must not exclude Build or Analyzers.
        var include = (string?)catalogSdk.Attribute("include");
        var exclude = (string?)catalogSdk.Attribute("exclude") ?? string.Empty;
        Assert.True(include is null || include == "All", "The CatalogSdk dependency includes only '" + include + "': " + catalogSdk);
        Assert.True(
            !exclude.Split(',').Select(x => x.Trim()).Any(x => x is "Build" or "Analyzers" or "All"),
            "The CatalogSdk dependency excludes '" + exclude + "': " + catalogSdk);
    }

    [SkippableFact]
    public void Cli_package_is_a_dotnet_tool_with_the_command_catalog()
    {
        Skip.Unless(_sdk.HasCli, _sdk.CliMissing ?? string.Empty);
        var entries = PackagedSdk.PackageEntries(_sdk.CliPackage);
        var listing = Listing(_sdk.CliPackage, entries);
        foreach (var expected in new[] { "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/catalog.dll", "tools/net10.0/any/CatalogSdk.Core.dll" })
        {
            Assert.True(entries.Contains(expected), "Missing " + expected + ".\n" + listing);
        }

        var settings = XDocument.Parse(Encoding.UTF8.GetString(PackagedSdk.ReadEntry(_sdk.CliPackage, "tools/net10.0/any/DotnetToolSettings.xml")).TrimStart('\uFEFF'));
        var command = settings.Descendants().SingleOrDefault(e => e.Name.LocalName == "Command");
        Assert.True(command is not null, "DotnetToolSettings.xml has no single Command.\n" + settings);
        Assert.Equal("catalog", (string?)command!.Attribute("Name"));
        Assert.Equal("catalog.dll", (string?)command.Attribute("EntryPoint"));

        var metadata = Metadata(_sdk.CliPackage);
        AssertCommonMetadata(metadata, "CatalogSdk.Cli", listing);
        Assert.Contains(
            Child(metadata, "packageTypes")?.Elements().Select(e => (string?)e.Attribute("name")) ?? Enumerable.Empty<string?>(),
            n => n == "DotnetTool");
    }

    [Fact]
    public void Pack_writes_the_CatalogSdk_Cli_package()
    {
        Assert.True(File.Exists(_sdk.CliPackage), (_sdk.CliMissing ?? "No " + _sdk.CliPackage) + "\n" + _sdk.CliPack.Describe());
    }

    [Fact]
    public void The_packages_share_one_version()
    {
        var packages = new[] { _sdk.CatalogSdkPackage, _sdk.InterventionalPackage, _sdk.CliPackage }.Where(File.Exists).ToList();
        Assert.True(packages.Count >= 2, "Expected at least CatalogSdk and CatalogSdk.Interventional in the feed: " + string.Join(", ", Directory.GetFiles(_sdk.Feed)));

        // Every .nupkg in the feed came from this run's packs, and carries the run's one version.
        var inFeed = Directory.GetFiles(_sdk.Feed, "*.nupkg").OrderBy(x => x, StringComparer.Ordinal).ToArray();
        Assert.Equal(packages.OrderBy(x => x, StringComparer.Ordinal).ToArray(), inFeed);
        foreach (var package in packages)
        {
            var version = Child(Metadata(package), "version")?.Value;
            Assert.True(version == _sdk.Version, Path.GetFileName(package) + " has version " + version + ", not " + _sdk.Version);
        }

        // The version is Directory.Build.props' (the one place it is set) with this run's suffix.
        Assert.StartsWith(_sdk.BaseVersion + "-e2e.", _sdk.Version, StringComparison.Ordinal);

        // The runtime assembly is versioned from the same property.
        var dll = Path.Combine(_sdk.WorkRoot, "CatalogSdk.net8.0.dll");
        File.WriteAllBytes(dll, PackagedSdk.ReadEntry(_sdk.CatalogSdkPackage, "lib/net8.0/CatalogSdk.dll"));
        var informational = System.Diagnostics.FileVersionInfo.GetVersionInfo(dll).ProductVersion ?? string.Empty;
        Assert.True(informational.StartsWith(_sdk.Version, StringComparison.Ordinal), "lib/net8.0/CatalogSdk.dll has informational version " + informational + ", not " + _sdk.Version);
    }

    private void AssertCommonMetadata(XElement metadata, string id, string listing)
    {
        Assert.True(Child(metadata, "id")?.Value == id, "The package id is not " + id + ".\n" + metadata + "\n" + listing);
        Assert.True(Child(metadata, "version")?.Value == _sdk.Version, "The version is not " + _sdk.Version + ".\n" + metadata);
        var license = Child(metadata, "license");
        Assert.True(
            license is not null && (string?)license.Attribute("type") == "expression" && license.Value == "MIT",
            "The license is not the expression MIT.\n" + metadata);
        var repository = Child(metadata, "repository");
        Assert.True(repository is not null, "No <repository> metadata.\n" + metadata);
        Assert.Equal("git", (string?)repository!.Attribute("type"));
        Assert.Equal("https://github.com/catalogsdk/catalogsdk", (string?)repository.Attribute("url"));
        if (Directory.Exists(Path.Combine(_sdk.RepoRoot, ".git")))
        {
            var commit = (string?)repository.Attribute("commit") ?? string.Empty;
            Assert.True(commit.Length == 40 && commit.All(Uri.IsHexDigit), "The repository metadata has no commit, though the sources are a git checkout.\n" + repository);
        }

        Assert.Equal("https://github.com/catalogsdk/catalogsdk", Child(metadata, "projectUrl")?.Value);
    }

    private static XElement Metadata(string package) =>
        PackagedSdk.Nuspec(package).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    private static XElement? Child(XElement parent, string name) => parent.Elements().SingleOrDefault(e => e.Name.LocalName == name);

    private static string Listing(string package, System.Collections.Generic.IEnumerable<string> entries) =>
        Path.GetFileName(package) + ":\n  " + string.Join("\n  ", entries);
}
