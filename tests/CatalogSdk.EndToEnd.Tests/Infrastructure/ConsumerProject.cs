using System;
using System.IO;
using System.Security;
using System.Text;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A consumer console project (net10.0) in a fresh temporary folder, set up like samples/TypedQueries: the SDK's
/// props and targets imported from the repository, project references to the runtime library and, as analyzers, to
/// the generator, the analyzers and the code fixes, and copies of catalog/interventional.txt and
/// catalog/interventional.lock in its own catalog/ folder, picked up by the targets. It is restored once; every test
/// starts from <see cref="Start"/>, which puts the catalogue, the lock and the sources back and removes the previous
/// build's output, so each test builds from scratch without paying for a restore.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public const string ProjectName = "Consumer";

    /// <summary>The program: uses the generated API and prints KEY=VALUE lines the tests read.</summary>
    public const string ProgramText =
        """
        // Uses the code generated from catalog/interventional.txt; prints KEY=VALUE lines for the end-to-end tests.
        using System;
        using System.Globalization;
        using System.Text;
        using CatalogSdk;
        using Consumer.Interventional;

        Console.OutputEncoding = Encoding.UTF8;
        Console.WriteLine("CAG=" + ((int)Procedure.冠状动脉造影术).ToString(CultureInfo.InvariantCulture));
        Console.WriteLine("CAG_NAME=" + ProcedureNames.冠状动脉造影术);
        Console.WriteLine("COUNT=" + Catalogue.Procedures.Count.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine("ID14=" + Catalogue.Get((Procedure)14).Name);
        foreach (var text in args)
        {
            var info = Catalogue.Find(text);
            Console.WriteLine("FIND " + text + "=" + (info is null ? "none" : Describe(info)));
        }

        static string Describe(ProcedureInfo<Procedure, Specialty> info)
        {
            var names = new string[info.Specialties.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = info.Specialties[i].GetName();
            }

            return info.Id.ToString(CultureInfo.InvariantCulture) + "|" + ((int)info.Grade).ToString(CultureInfo.InvariantCulture) + "|" + string.Join(";", names);
        }

        """;

    public ConsumerProject()
    {
        Directory = Path.Combine(Path.GetFullPath(Path.GetTempPath()), "catalogsdk-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        System.IO.Directory.CreateDirectory(Directory);
        Reset();

        // Restore once. Every build after this passes --no-restore: the folder never moves, so the assets stay valid.
        Restore = ProcessRunner.Run(
            ProcessRunner.Dotnet,
            new[] { "restore", ProjectFile, "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:Configuration=" + Repo.Configuration },
            Directory);
        if (Restore.ExitCode != 0 || Restore.TimedOut)
        {
            Dispose();
            throw new InvalidOperationException("The consumer project could not be restored.\n" + Restore.Describe());
        }
    }

    public string Directory { get; }

    internal ProcessResult Restore { get; }

    public string ProjectFile => Path.Combine(Directory, ProjectName + ".csproj");

    public string CatalogueDirectory => Path.Combine(Directory, "catalog");

    public string CataloguePath => Path.Combine(CatalogueDirectory, "interventional.txt");

    public string LockPath => Path.Combine(CatalogueDirectory, "interventional.lock");

    public string EditorConfigPath => Path.Combine(Directory, ".editorconfig");

    public string ProgramPath => Path.Combine(Directory, "Program.cs");

    /// <summary>Puts the consumer back in its initial state and returns a session that logs to <paramref name="log"/>.</summary>
    public ConsumerSession Start(ITestOutputHelper log)
    {
        Reset();
        return new ConsumerSession(this, log);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CATALOGSDK_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Reset()
    {
        var utf8 = new UTF8Encoding(false);

        // Empty Directory.Build.* files stop MSBuild from importing whatever lies above the temporary folder.
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />\n", utf8);
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />\n", utf8);
        File.WriteAllText(Path.Combine(Directory, "Directory.Packages.props"), "<Project />\n", utf8);
        File.WriteAllText(ProjectFile, ProjectText(), utf8);
        File.WriteAllText(ProgramPath, ProgramText, utf8);
        if (File.Exists(EditorConfigPath))
        {
            File.Delete(EditorConfigPath);
        }

        if (System.IO.Directory.Exists(CatalogueDirectory))
        {
            System.IO.Directory.Delete(CatalogueDirectory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(CatalogueDirectory);
        File.Copy(Repo.Catalogue, CataloguePath);
        File.Copy(Repo.Lock, LockPath);

        // The previous test's build output: gone, so that every test compiles (and reports its diagnostics) afresh.
        DeleteDirectory(Path.Combine(Directory, "bin"));
        DeleteDirectory(Path.Combine(Directory, "obj", Repo.Configuration));
    }

    private static void DeleteDirectory(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private static string ProjectText()
    {
        static string X(string path) => SecurityElement.Escape(path);
        return
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
            "  <!-- Set up like samples/TypedQueries: the SDK's build files and project references, from the repository. -->\n" +
            "  <Import Project=\"" + X(Repo.PropsFile) + "\" />\n" +
            "\n" +
            "  <PropertyGroup>\n" +
            "    <OutputType>Exe</OutputType>\n" +
            "    <TargetFramework>net10.0</TargetFramework>\n" +
            "    <RootNamespace>" + ProjectName + "</RootNamespace>\n" +
            "    <GenerateDocumentationFile>false</GenerateDocumentationFile>\n" +
            "    <LangVersion>latest</LangVersion>\n" +
            "    <Nullable>enable</Nullable>\n" +
            "    <ImplicitUsings>disable</ImplicitUsings>\n" +
            "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n" +
            "  </PropertyGroup>\n" +
            "\n" +
            "  <!-- No CatalogSdkCatalogue item: catalog/interventional.txt is included by the targets (CatalogSdkAutoInclude). -->\n" +
            "  <ItemGroup>\n" +
            "    <ProjectReference Include=\"" + X(Repo.RuntimeProject) + "\" />\n" +
            "    <ProjectReference Include=\"" + X(Repo.GeneratorProject) + "\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />\n" +
            "    <!-- Private=\"false\": the build does not ask these projects for files to copy, so NuGet's restore warning\n" +
            "         about the code fixes' dependencies (NU1603, System.Composition) is not replayed into this build. -->\n" +
            "    <ProjectReference Include=\"" + X(Repo.AnalyzersProject) + "\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" Private=\"false\" />\n" +
            "    <ProjectReference Include=\"" + X(Repo.CodeFixesProject) + "\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" Private=\"false\" />\n" +
            "  </ItemGroup>\n" +
            "\n" +
            "  <Import Project=\"" + X(Repo.TargetsFile) + "\" />\n" +
            "</Project>\n";
    }
}
