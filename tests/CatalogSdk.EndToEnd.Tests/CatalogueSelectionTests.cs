using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CatalogSdk.EndToEnd.Tests.Infrastructure;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>
/// Which files the build files make catalogues: the automatic catalog/**/*.txt, what a project leaves out of it,
/// and what it lists itself. Evaluation only (dotnet msbuild -getItem), so no build is needed.
/// </summary>
public sealed class CatalogueSelectionTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "catalogsdk-selection-" + Guid.NewGuid().ToString("N"));

    public CatalogueSelectionTests()
    {
        foreach (var file in new[] { "catalog/main.txt", "catalog/drafts/next.txt", "catalog/old/2019.txt", "catalog/notes.txt", "other/own.txt" })
        {
            var path = Path.Combine(_directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "心血管疾病介入诊疗技术手术分级目录\n");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Every_txt_under_catalog_is_a_catalogue_by_default()
    {
        Assert.Equal(
            new[] { "catalog/drafts/next.txt", "catalog/main.txt", "catalog/notes.txt", "catalog/old/2019.txt" },
            Catalogues(string.Empty));
    }

    [Fact]
    public void Exclude_items_and_the_excludes_property_leave_files_out_of_the_automatic_glob()
    {
        var selected = Catalogues(
            "  <PropertyGroup><CatalogSdkCatalogueExcludes>catalog/notes.txt;catalog/old/**</CatalogSdkCatalogueExcludes></PropertyGroup>\n" +
            "  <ItemGroup><CatalogSdkCatalogueExclude Include=\"catalog/drafts/**\" /></ItemGroup>\n");

        Assert.Equal(new[] { "catalog/main.txt" }, selected);
    }

    [Fact]
    public void Remove_in_the_project_body_does_not_reach_the_glob_which_is_why_the_exclude_item_exists()
    {
        // The documented pitfall: the glob runs in the targets, after the project body's Remove.
        var selected = Catalogues("  <ItemGroup><CatalogSdkCatalogue Remove=\"catalog/notes.txt\" /></ItemGroup>\n");

        Assert.Contains("catalog/notes.txt", selected);
    }

    [Fact]
    public void Listed_files_stay_catalogues_with_their_metadata_even_when_excluded_from_the_glob()
    {
        var selected = Catalogues(
            "  <ItemGroup>\n" +
            "    <CatalogSdkCatalogueExclude Include=\"catalog/**\" />\n" +
            "    <CatalogSdkCatalogue Include=\"other/own.txt\" Namespace=\"Hospital.Own\" />\n" +
            "    <CatalogSdkCatalogue Include=\"catalog/main.txt\" Namespace=\"Hospital.Main\" />\n" +
            "  </ItemGroup>\n",
            withNamespace: true);

        Assert.Equal(new[] { "catalog/main.txt Hospital.Main", "other/own.txt Hospital.Own" }, selected);
    }

    [Fact]
    public void Auto_include_off_takes_only_the_listed_files()
    {
        var selected = Catalogues(
            "  <PropertyGroup><CatalogSdkAutoInclude>false</CatalogSdkAutoInclude></PropertyGroup>\n" +
            "  <ItemGroup><CatalogSdkCatalogue Include=\"catalog/old/2019.txt\" /></ItemGroup>\n");

        Assert.Equal(new[] { "catalog/old/2019.txt" }, selected);
    }

    /// <summary>The catalogue files the compiler receives (AdditionalFiles marked as catalogues), relative and sorted.</summary>
    private IReadOnlyList<string> Catalogues(string body, bool withNamespace = false)
    {
        var project = Path.Combine(_directory, "Consumer.csproj");
        File.WriteAllText(
            project,
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
            "  <Import Project=\"" + Repo.PropsFile + "\" />\n" +
            "  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n" +
            body +
            "  <Import Project=\"" + Repo.TargetsFile + "\" />\n" +
            "</Project>\n");

        var result = ProcessRunner.Run(ProcessRunner.Dotnet, new[] { "msbuild", project, "-getItem:AdditionalFiles", "-nologo" }, _directory);
        Assert.True(result.ExitCode == 0, "dotnet msbuild failed:\n" + result.Output);

        using var json = JsonDocument.Parse(result.StandardOutput);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Where(item => item.GetProperty("CatalogSdkCatalogue").GetString() == "true")
            .Select(item =>
            {
                var relative = Path.GetRelativePath(_directory, item.GetProperty("FullPath").GetString()!).Replace('\\', '/');
                return withNamespace ? relative + " " + item.GetProperty("CatalogSdkNamespace").GetString() : relative;
            })
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
    }
}
