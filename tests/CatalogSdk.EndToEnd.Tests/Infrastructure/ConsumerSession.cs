using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests.Infrastructure;

/// <summary>A build, run or CLI command of the consumer, with its output and the diagnostics MSBuild printed.</summary>
internal sealed record CommandResult(ProcessResult Process)
{
    public int ExitCode => Process.ExitCode;

    public string StandardOutput => Process.StandardOutput;

    public string StandardError => Process.StandardError;

    public string Output => Process.Output;

    public IReadOnlyList<BuildDiagnostic> Diagnostics => BuildOutput.Diagnostics(Process.Output);

    public IReadOnlyList<BuildDiagnostic> Errors => Diagnostics.Where(d => d.Severity == "error").ToList();

    public IReadOnlyList<BuildDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == "warning").ToList();

    public IReadOnlyDictionary<string, string> Values => BuildOutput.KeyValues(Process.StandardOutput);

    public string Describe() => Process.Describe();
}

/// <summary>One test's use of the <see cref="ConsumerProject"/>: commands run the way a user runs them.</summary>
public sealed class ConsumerSession
{
    private readonly ConsumerProject _project;
    private readonly ITestOutputHelper _log;

    internal ConsumerSession(ConsumerProject project, ITestOutputHelper log)
    {
        _project = project;
        _log = log;
    }

    public string Directory => _project.Directory;

    public string CataloguePath => _project.CataloguePath;

    public string LockPath => _project.LockPath;

    internal CatalogueLines Catalogue() => CatalogueLines.Load(CataloguePath);

    internal void Save(CatalogueLines catalogue) => catalogue.Save(CataloguePath);

    internal LockSnapshot Lock() => LockSnapshot.Read(LockPath);

    internal void DeleteLock() => File.Delete(LockPath);

    internal void WriteEditorConfig(string text) => File.WriteAllText(_project.EditorConfigPath, text);

    public string ProgramPath => _project.ProgramPath;

    /// <summary>Replaces Program.cs (<see cref="ConsumerProject.Start"/> puts the standard one back).</summary>
    internal void WriteProgram(string text) => File.WriteAllText(ProgramPath, text, new UTF8Encoding(false));

    internal string ReadProgram() => File.ReadAllText(ProgramPath, new UTF8Encoding(false, true));

    /// <summary>
    /// <c>dotnet build</c> of the consumer. Whatever the result, the build must not have written the lock (or created
    /// one) nor left any file in catalog/: nothing ever rewrites the lock during a build.
    /// </summary>
    internal CommandResult Build(params string[] properties)
    {
        var lockBefore = File.Exists(LockPath) ? File.ReadAllBytes(LockPath) : null;
        var filesBefore = CatalogueFolderListing();
        var args = new List<string>
        {
            "build", _project.ProjectFile, "--no-restore",
            "-c", Repo.Configuration,
            "-p:BuildProjectReferences=false",
            "-p:UseSharedCompilation=false",
            "-nodeReuse:false",
            "-m:1", // one project: no worker node to start (or to outlive the test)
            "-tl:off",
            "-v:minimal",
        };
        args.AddRange(properties);
        var result = Run(ProcessRunner.Dotnet, args);

        var lockAfter = File.Exists(LockPath) ? File.ReadAllBytes(LockPath) : null;
        Assert.True(
            lockBefore is null ? lockAfter is null : lockAfter is not null && lockBefore.AsSpan().SequenceEqual(lockAfter),
            "The build changed " + LockPath + " (it existed before: " + (lockBefore is not null) + ", after: " + (lockAfter is not null) + ").\n" + result.Describe());
        var filesAfter = CatalogueFolderListing();
        Assert.True(
            filesBefore.SequenceEqual(filesAfter),
            "The build changed the files in catalog/: before [" + string.Join(", ", filesBefore) + "], after [" + string.Join(", ", filesAfter) + "].\n" + result.Describe());
        return result;
    }

    /// <summary><c>dotnet run --no-build</c> of the consumer, after a build, with <paramref name="programArguments"/>.</summary>
    internal CommandResult RunProgram(params string[] programArguments)
    {
        var args = new List<string>
        {
            "run", "--project", _project.ProjectFile, "--no-build",
            "-c", Repo.Configuration,
            "--property:BuildProjectReferences=false",
            "--property:UseSharedCompilation=false",
            "--",
        };
        args.AddRange(programArguments);
        return Run(ProcessRunner.Dotnet, args);
    }

    /// <summary><c>dotnet …/catalog.dll lock update catalog/interventional.txt …</c> in the consumer's folder.</summary>
    internal CommandResult LockUpdate(IReadOnlyDictionary<string, string?>? environment, params string[] options)
    {
        Assert.True(File.Exists(Repo.CliDll), "The CLI is not built: " + Repo.CliDll + " (build the solution, or this test project, first).");
        var args = new List<string> { Repo.CliDll, "lock", "update", "catalog/interventional.txt" };
        args.AddRange(options);
        return Run(ProcessRunner.Dotnet, args, environment);
    }

    /// <summary>
    /// <c>dotnet format analyzers Consumer.csproj --no-restore …</c>: applies the code fixes of the project's analyzer
    /// references. dotnet format takes no -p: the configuration reaches its design-time build as an environment
    /// variable, so that the analyzer references resolve to the outputs the solution build left.
    /// </summary>
    internal CommandResult FormatAnalyzers(params string[] options)
    {
        var args = new List<string> { "format", "analyzers", _project.ProjectFile, "--no-restore" };
        args.AddRange(options);
        return Run(ProcessRunner.Dotnet, args, new Dictionary<string, string?> { ["Configuration"] = Repo.Configuration });
    }

    private CommandResult Run(string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var result = ProcessRunner.Run(fileName, args, _project.Directory, environment);
        _log.WriteLine(result.Describe());
        _log.WriteLine(string.Empty);
        Assert.False(result.TimedOut, "The command did not finish within " + ProcessRunner.DefaultTimeout + ".\n" + result.Describe());
        return new CommandResult(result);
    }

    private string[] CatalogueFolderListing() =>
        System.IO.Directory.GetFiles(_project.CatalogueDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_project.CatalogueDirectory, f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
}
