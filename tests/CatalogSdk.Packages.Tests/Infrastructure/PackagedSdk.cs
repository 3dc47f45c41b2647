using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CatalogSdk.Packages.Tests.Infrastructure;

/// <summary>Every test of this project runs in this one collection, one after another, sharing one packed feed.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagedSdk>
{
    public const string Name = "Packed CatalogSdk packages";
}

/// <summary>
/// Packs CatalogSdk, CatalogSdk.Interventional and CatalogSdk.Cli once, exactly as a release would
/// (<c>dotnet pack &lt;project&gt; -c Release -o &lt;feed&gt;</c>), with a version of its own
/// (<c>&lt;Version from Directory.Build.props&gt;-e2e.&lt;UTC timestamp&gt;</c>) so no NuGet cache can serve a stale
/// package, into a temporary local folder feed; and makes the temporary global packages folder that every consumer's
/// NuGet.config points to, so the framework packages are restored once.
/// <para>
/// The packs run in a snapshot of the repository's sources (src/, catalog/, .git and the files at the root, without
/// bin/ and obj/) in the temporary folder: others build the repository concurrently, and a pack in place would rebuild
/// their src/*/bin/Release and obj/ under another version.
/// </para>
/// </summary>
public sealed class PackagedSdk : IDisposable
{
    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    private int _consumerCount;

    public PackagedSdk(IMessageSink messages)
    {
        RepoRoot = FindRepoRoot();
        BaseVersion = ReadBaseVersion(Path.Combine(RepoRoot, "Directory.Build.props"));
        Version = BaseVersion + "-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        WorkRoot = Path.Combine(Path.GetTempPath(), "catalogsdk-packages-tests", Version + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Snapshot = Path.Combine(WorkRoot, "source");
        Feed = Path.Combine(WorkRoot, "feed");
        PackagesFolder = Path.Combine(WorkRoot, "packages");
        ConsumersRoot = Path.Combine(WorkRoot, "consumers");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);
        Directory.CreateDirectory(ConsumersRoot);

        // Nothing above the temporary folder (a stray /tmp/Directory.Build.props) may leak into the consumers' builds.
        foreach (var guard in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(WorkRoot, guard), "<Project />\n");
        }

        var watch = Stopwatch.StartNew();
        CopySnapshot(RepoRoot, Snapshot);

        var log = new StringBuilder();
        CatalogSdkPack = Pack("src/CatalogSdk.Package");
        log.AppendLine(CatalogSdkPack.Describe());
        Require(CatalogSdkPack, CatalogSdkPackage);
        InterventionalPack = Pack("src/CatalogSdk.Interventional");
        log.AppendLine(InterventionalPack.Describe());
        Require(InterventionalPack, InterventionalPackage);
        CliPack = Pack("src/CatalogSdk.Cli");
        log.AppendLine(CliPack.Describe());
        if (CliPack.TimedOut || CliPack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed for src/CatalogSdk.Cli.\n" + CliPack.Describe());
        }

        if (!File.Exists(CliPackage))
        {
            CliMissing = DescribeMissingCli();
        }

        PackLog = log.ToString();
        messages.OnMessage(new DiagnosticMessage(
            "CatalogSdk packages " + Version + " packed in " + watch.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s into " + Feed +
            (CliMissing is null ? string.Empty : "; " + CliMissing)));
    }

    public string RepoRoot { get; }

    /// <summary>The Version of Directory.Build.props.</summary>
    public string BaseVersion { get; }

    /// <summary>The version every package was packed with.</summary>
    public string Version { get; }

    public string WorkRoot { get; }

    public string Snapshot { get; }

    public string Feed { get; }

    /// <summary>The globalPackagesFolder of every consumer.</summary>
    public string PackagesFolder { get; }

    public string ConsumersRoot { get; }

    public ProcessResult CatalogSdkPack { get; }

    public ProcessResult InterventionalPack { get; }

    public ProcessResult CliPack { get; }

    /// <summary>The three pack commands and their output, for assertion messages.</summary>
    public string PackLog { get; }

    public string CatalogSdkPackage => Path.Combine(Feed, "CatalogSdk." + Version + ".nupkg");

    public string CatalogSdkSymbolPackage => Path.Combine(Feed, "CatalogSdk." + Version + ".snupkg");

    public string InterventionalPackage => Path.Combine(Feed, "CatalogSdk.Interventional." + Version + ".nupkg");

    public string CliPackage => Path.Combine(Feed, "CatalogSdk.Cli." + Version + ".nupkg");

    /// <summary>Why the tool package is not in the feed (a bug: dotnet pack succeeded), or null when it is.</summary>
    public string? CliMissing { get; }

    public bool HasCli => CliMissing is null;

    /// <summary>Whether the CatalogSdk package carries the analyzers (CSDK3xxx).</summary>
    public bool AnalyzerPacked => PackageEntries(CatalogSdkPackage).Contains("analyzers/dotnet/cs/CatalogSdk.Analyzers.dll");

    public string RepoCatalogue => Path.Combine(RepoRoot, "catalog", "interventional.txt");

    public string RepoLock => Path.Combine(RepoRoot, "catalog", "interventional.lock");

    /// <summary>Where restore extracts the CatalogSdk.Interventional package's catalogue and lock.</summary>
    public string RestoredInterventionalCatalogFolder =>
        Path.Combine(PackagesFolder, "catalogsdk.interventional", Version.ToLowerInvariant(), "catalog");

    /// <summary>A new, empty consumer folder with its NuGet.config.</summary>
    public Consumer NewConsumer(string name, ITestOutputHelper log)
    {
        var n = Interlocked.Increment(ref _consumerCount);
        return new Consumer(this, Path.Combine(ConsumersRoot, n.ToString("00", CultureInfo.InvariantCulture) + "-" + name), name, log);
    }

    /// <summary>The entry names of a package (forward slashes).</summary>
    public static IReadOnlyList<string> PackageEntries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
    }

    /// <summary>The bytes of one entry of a package.</summary>
    public static byte[] ReadEntry(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        var e = zip.Entries.SingleOrDefault(x => x.FullName.Replace('\\', '/') == entry)
            ?? throw new InvalidOperationException(package + " has no entry " + entry);
        using var stream = e.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The package's .nuspec.</summary>
    public static XDocument Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var e = zip.Entries.Single(x => !x.FullName.Contains('/', StringComparison.Ordinal) && x.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var stream = e.Open();
        return XDocument.Load(stream);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CATALOGSDK_PACKAGES_TESTS_KEEP") == "1")
        {
            return;
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(WorkRoot))
                {
                    Directory.Delete(WorkRoot, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                Thread.Sleep(1000);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(1000);
            }
        }
    }

    private ProcessResult Pack(string project) =>
        ProcessRunner.RunDotnet(
            new[]
            {
                "pack", project, "-c", "Release", "-o", Feed,
                "-p:Version=" + Version,
                "-p:UseSharedCompilation=false", "-nodeReuse:false",
                "-tl:off", "-v:minimal",
            },
            Snapshot,
            PackTimeout,
            nugetPackagesFromConfig: false);

    private static void Require(ProcessResult pack, string package)
    {
        if (pack.TimedOut || pack.ExitCode != 0 || !File.Exists(package))
        {
            throw new InvalidOperationException("Packing did not produce " + package + ".\n" + pack.Describe());
        }
    }

    private string DescribeMissingCli()
    {
        var probe = ProcessRunner.RunDotnet(
            new[] { "msbuild", "src/CatalogSdk.Cli", "-p:Configuration=Release", "-getProperty:IsPackable", "-getProperty:PackAsTool" },
            Snapshot,
            TimeSpan.FromMinutes(2),
            nugetPackagesFromConfig: false);
        var why = probe.Output.Contains("\"IsPackable\": \"false\"", StringComparison.Ordinal)
            ? "the project evaluates IsPackable=false (Directory.Build.props sets IsPackable=false for every project and src/CatalogSdk.Cli/CatalogSdk.Cli.csproj does not set it back to true), so pack silently skips it"
            : "msbuild -getProperty says: " + probe.StandardOutput.Trim();
        return "BUG: 'dotnet pack src/CatalogSdk.Cli -c Release -o <feed>' exits 0 but writes no CatalogSdk.Cli." + Version +
               ".nupkg: " + why + ". The tool cannot be installed from the packages.";
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")) &&
                File.Exists(Path.Combine(dir.FullName, "src", "CatalogSdk.Package", "CatalogSdk.Package.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No repository root (Directory.Build.props and src/CatalogSdk.Package) above " + AppContext.BaseDirectory);
    }

    private static string ReadBaseVersion(string props)
    {
        var version = XDocument.Load(props).Descendants().FirstOrDefault(e => e.Name.LocalName == "Version")?.Value.Trim();
        if (string.IsNullOrEmpty(version))
        {
            throw new InvalidOperationException("No <Version> in " + props);
        }

        return version;
    }

    private static void CopySnapshot(string repoRoot, string snapshot)
    {
        Directory.CreateDirectory(snapshot);
        foreach (var file in Directory.GetFiles(repoRoot))
        {
            // In a git worktree .git is a file; it is copied below with the repository metadata.
            if (Path.GetFileName(file) != ".git")
            {
                File.Copy(file, Path.Combine(snapshot, Path.GetFileName(file)));
            }
        }

        foreach (var dir in new[] { "src", "catalog" })
        {
            CopyTree(Path.Combine(repoRoot, dir), Path.Combine(snapshot, dir), skipBuildOutput: true);
        }

        // For the repository metadata (commit) that pack reads through Source Link.
        var git = Path.Combine(repoRoot, ".git");
        if (Directory.Exists(git))
        {
            CopyTree(git, Path.Combine(snapshot, ".git"), skipBuildOutput: false);
        }
        else if (File.Exists(git))
        {
            // A worktree's .git is a file, which the loop over the root's files above has already copied.
            File.Copy(git, Path.Combine(snapshot, ".git"), overwrite: true);
        }
    }

    private static void CopyTree(string from, string to, bool skipBuildOutput)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (skipBuildOutput && (name is "bin" or "obj" or "TestResults" or ".vs"))
            {
                continue;
            }

            CopyTree(dir, Path.Combine(to, name), skipBuildOutput);
        }
    }
}
