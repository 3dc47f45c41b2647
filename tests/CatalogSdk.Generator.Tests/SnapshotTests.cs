using CatalogSdk.Generator.Tests.Support;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// The generated source, file by file, against approved snapshots in Snapshots/ (reviewed like code). On a
/// mismatch, compare the .received.cs file with the .approved.cs file and rename it when the change is intended.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void ShippedCatalogue() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(Fixtures.ShippedWithLock));

    [Fact]
    public void Abbreviations() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(TestFile.Catalogue("abbreviations.txt", Fixtures.Abbreviations)));

    /// <summary>C# 7.3 (.NET Framework 4.8 projects): no #nullable, no nullable annotations.</summary>
    [Fact]
    public void Abbreviations_CSharp7_3() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(TestProject.CSharp7_3, TestFile.Catalogue("abbreviations.txt", Fixtures.Abbreviations)));

    [Fact]
    public void Identifiers() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(TestFile.Catalogue("identifiers.txt", Fixtures.Identifiers)));

    [Fact]
    public void TwoSpecialties() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(TestFile.Catalogue("two-specialties.txt", Fixtures.TwoSpecialties)));
}
