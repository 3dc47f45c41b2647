using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using Xunit.Abstractions;

namespace CatalogSdk.Packages.Tests.Infrastructure;

/// <summary>
/// A consumer project in a temporary folder of its own, with its own NuGet.config: the packed feed, nuget.org for
/// the framework packages, and the shared temporary global packages folder. Commands run as a user runs them.
/// </summary>
public sealed class Consumer
{
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(3);

    private static readonly UTF8Encoding s_utf8 = new(false);
    private readonly ITestOutputHelper _log;

    internal Consumer(PackagedSdk sdk, string directory, string projectName, ITestOutputHelper log)
    {
        Sdk = sdk;
        Directory = directory;
        ProjectName = projectName;
        _log = log;
        System.IO.Directory.CreateDirectory(directory);
        Write("NuGet.config", NuGetConfig(sdk.Feed, sdk.PackagesFolder));
    }

    public PackagedSdk Sdk { get; }

    public string Directory { get; }

    public string ProjectName { get; }

    public string ProjectFile => PathOf(ProjectName + ".csproj");

    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Directory, relative));

    /// <summary>Writes a file as UTF-8 without a byte-order mark, with \n line ends.</summary>
    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), s_utf8);
    }

    public void Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8);

    public void Copy(string source, string relative)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
    }

    /// <summary>The project file: an SDK project with these properties and package references.</summary>
    public void WriteProject(IReadOnlyDictionary<string, string> properties, IEnumerable<(string Id, string Version)> packages)
    {
        var sb = new StringBuilder();
        sb.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        foreach (var p in properties)
        {
            sb.Append("    <").Append(p.Key).Append('>').Append(SecurityElement.Escape(p.Value)).Append("</").Append(p.Key).Append(">\n");
        }

        sb.Append("  </PropertyGroup>\n  <ItemGroup>\n");
        foreach (var (id, version) in packages)
        {
            sb.Append("    <PackageReference Include=\"").Append(id).Append("\" Version=\"").Append(version).Append("\" />\n");
        }

        sb.Append("  </ItemGroup>\n</Project>\n");
        Write(ProjectName + ".csproj", sb.ToString());
    }

    /// <summary><c>dotnet build</c>, restoring as part of it, as a user types it, with any extra <c>-p:</c> arguments.</summary>
    public ProcessResult Build(params string[] properties) =>
        Dotnet(BuildTimeout, new[] { "build", ProjectFile, "-p:UseSharedCompilation=false", "-nodeReuse:false", "-m:1", "-tl:off", "-v:minimal" }.Concat(properties).ToArray());

    /// <summary><c>dotnet run --no-build</c> after <see cref="Build"/>.</summary>
    public ProcessResult RunProgram() =>
        Dotnet(RunTimeout, "run", "--project", ProjectFile, "--no-build", "--property:UseSharedCompilation=false");

    /// <summary>
    /// <c>dotnet new tool-manifest</c> and <c>dotnet tool install CatalogSdk.Cli --version V --add-source feed</c>: the
    /// packed tool as a local tool of this folder, then run as <c>dotnet catalog …</c>.
    /// </summary>
    public void InstallTool()
    {
        var manifest = Dotnet(ToolTimeout, "new", "tool-manifest");
        Assert.True(manifest.ExitCode == 0, "dotnet new tool-manifest failed.\n" + manifest.Describe());
        var install = Dotnet(ToolTimeout, "tool", "install", "CatalogSdk.Cli", "--version", Sdk.Version, "--add-source", Sdk.Feed);
        Assert.True(install.ExitCode == 0, "The packed tool did not install as a local tool.\n" + install.Describe());
        Assert.Contains(Sdk.Version, install.Output, StringComparison.Ordinal);
    }

    /// <summary><c>dotnet catalog …</c> (the local tool).</summary>
    public ProcessResult Catalog(params string[] arguments) =>
        Dotnet(ToolTimeout, new[] { "catalog" }.Concat(arguments).ToArray());

    public ProcessResult Dotnet(TimeSpan timeout, params string[] arguments)
    {
        var result = ProcessRunner.RunDotnet(arguments, Directory, timeout);
        _log.WriteLine(result.Describe());
        _log.WriteLine(string.Empty);
        Assert.False(result.TimedOut, "The command did not finish within " + timeout + ".\n" + result.Describe());
        return result;
    }

    private static string NuGetConfig(string feed, string packagesFolder) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        "<configuration>\n" +
        "  <config>\n" +
        "    <add key=\"globalPackagesFolder\" value=\"" + SecurityElement.Escape(packagesFolder) + "\" />\n" +
        "  </config>\n" +
        "  <packageSources>\n" +
        "    <clear />\n" +
        "    <add key=\"catalogsdk-e2e\" value=\"" + SecurityElement.Escape(feed) + "\" />\n" +
        "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n" +
        "  </packageSources>\n" +
        "</configuration>\n";
}
