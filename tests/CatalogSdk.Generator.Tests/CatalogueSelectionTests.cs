using System.Linq;
using CatalogSdk.Generator.Tests.Support;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// Which additional files are catalogues (a .txt in a folder named catalog, or CatalogSdkCatalogue metadata),
/// and which namespace each catalogue's code goes to.
/// </summary>
public sealed class CatalogueSelectionTests
{
    /// <summary>Text that is an error wherever it is parsed as a catalogue (CSDK1003): selecting it by mistake shows.</summary>
    private const string NotACatalogue = "这不是目录，只是说明。\nThis is a note, not a catalogue.\n";

    /// <summary>The namespaces code was generated into: hint names are &lt;namespace&gt;.&lt;type&gt;.g.cs.</summary>
    private static string[] NamespacesOf(GeneratorRun run) =>
        run.HintNames
            .Select(h => h.Substring(0, h.Length - ".g.cs".Length))
            .Select(stem => stem.Substring(0, stem.LastIndexOf('.')))
            .Distinct()
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void TxtFilesInACatalogFolder_AreCatalogues()
    {
        var run = GeneratorDriverHelper.Run(
            new TestFile("/src/MyHospital/catalog/first.txt", Fixtures.Abbreviations),
            new TestFile("/src/MyHospital/Catalog/Second.TXT", Fixtures.TwoSpecialties),
            new TestFile("/src/MyHospital/catalog/readme.md", NotACatalogue),
            new TestFile("/src/MyHospital/docs/notes.txt", NotACatalogue),
            new TestFile("/src/MyHospital/catalogs/old.txt", NotACatalogue),
            new TestFile("/src/MyHospital/catalog/sub/nested.txt", NotACatalogue));

        Assert.Empty(run.DiagnosticsBesidesMissingLock);
        Assert.Equal(new[] { "MyHospital.First", "MyHospital.Second" }, NamespacesOf(run));
    }

    [Fact]
    public void CatalogueMetadata_OverridesThePathRule()
    {
        var run = GeneratorDriverHelper.Run(
            new TestFile("/src/MyHospital/data/chosen.txt", Fixtures.Abbreviations) { CatalogueFlag = "true" },
            new TestFile("/src/MyHospital/data/Chosen-Too.cat", Fixtures.TwoSpecialties) { CatalogueFlag = " True " },
            new TestFile("/src/MyHospital/catalog/draft.txt", NotACatalogue) { CatalogueFlag = "false" },
            new TestFile("/src/MyHospital/catalog/other.txt", NotACatalogue) { CatalogueFlag = "no" });

        Assert.Empty(run.DiagnosticsBesidesMissingLock);
        Assert.Equal(new[] { "MyHospital.Chosen", "MyHospital.ChosenToo" }, NamespacesOf(run));
    }

    /// <summary>MSBuild passes empty metadata for items that do not set it: empty means "not set", so the path rule decides.</summary>
    [Fact]
    public void EmptyCatalogueMetadata_FallsBackToThePathRule()
    {
        var run = GeneratorDriverHelper.Run(
            new TestFile("/src/MyHospital/catalog/kept.txt", Fixtures.Abbreviations) { CatalogueFlag = "", Namespace = "" },
            new TestFile("/src/MyHospital/docs/notes.txt", NotACatalogue) { CatalogueFlag = "", Namespace = "" });

        Assert.Empty(run.DiagnosticsBesidesMissingLock);
        Assert.Equal(new[] { "MyHospital.Kept" }, NamespacesOf(run));
    }

    [Fact]
    public void NoAdditionalFiles_GenerateNothing()
    {
        var run = GeneratorDriverHelper.Run();

        Assert.Empty(run.DiagnosticsBesidesMissingLock);
        Assert.Empty(run.Generator.GeneratedSources);
    }

    [Theory]
    // root namespace, CatalogSdkNamespace property, Namespace metadata, file name → namespace
    [InlineData("MyHospital", null, null, "hospital-own.txt", "MyHospital.HospitalOwn")]
    [InlineData("MyHospital", null, null, "interventional.txt", "MyHospital.Interventional")]
    [InlineData("MyHospital", null, null, "2024版 目录.txt", "MyHospital._2024版目录")]
    [InlineData(null, null, null, "hospital_own.txt", "HospitalOwn")]
    [InlineData("MyHospital", null, "Acme.Surgery", "hospital-own.txt", "Acme.Surgery")]
    [InlineData("MyHospital", "Acme.Catalogues", null, "hospital-own.txt", "Acme.Catalogues")]
    [InlineData("MyHospital", "Acme.Catalogues", "Acme.Surgery", "hospital-own.txt", "Acme.Surgery")]
    public void Namespace_IsChosenFromMetadataThenPropertyThenRootNamespaceAndFileName(
        string? rootNamespace, string? property, string? metadata, string fileName, string expected)
    {
        var project = TestProject.Latest with { RootNamespace = rootNamespace, CatalogSdkNamespace = property };
        var file = TestFile.Catalogue(fileName, Fixtures.Abbreviations) with { Namespace = metadata };

        var run = GeneratorDriverHelper.Run(project, file);

        Assert.Empty(run.DiagnosticsBesidesMissingLock);
        Assert.Equal(new[] { expected }, NamespacesOf(run));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName(expected + ".Catalogue"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName(expected + ".Procedure"));
        Assert.Empty(run.CompilerDiagnostics);
    }
}
