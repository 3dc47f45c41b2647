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

    /// <summary>ASCII mode over the shipped catalogue: identifiers from its English-name overlay (interventional.en.tsv).</summary>
    [Fact]
    public void ShippedCatalogue_Ascii() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(Fixtures.ShippedAscii));

    /// <summary>ASCII mode: English names from @en/@英文, pinyin for the rest, collisions, U+hex, reserved words.</summary>
    [Fact]
    public void Ascii() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(TestFile.Catalogue("ascii.txt", Fixtures.Ascii) with { Identifiers = "Ascii" }));

    /// <summary>ASCII mode at C# 7.3 (.NET Framework 4.8 projects), set project-wide with CatalogSdkIdentifiers.</summary>
    [Fact]
    public void Ascii_CSharp7_3() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(
            TestProject.CSharp7_3 with { CatalogSdkIdentifiers = "Ascii" }, TestFile.Catalogue("ascii.txt", Fixtures.Ascii)));

    [Fact]
    public void Identifiers() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(TestFile.Catalogue("identifiers.txt", Fixtures.Identifiers)));

    [Fact]
    public void TwoSpecialties() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(TestFile.Catalogue("two-specialties.txt", Fixtures.TwoSpecialties)));

    /// <summary>
    /// With a lock that records history: a retired procedure with a successor (kept in the enum with
    /// [RetiredProcedure], findable only through TryFindIncludingRetired), a renamed one (old name as an alias)
    /// and a regraded one ([Regraded]). IDs come from the lock, not from the order of lines.
    /// </summary>
    [Fact]
    public void RetiredRenamedRegraded() =>
        Snapshot.VerifyGeneratedSources(GeneratorDriverHelper.Run(
            TestFile.Catalogue("history.txt", HistoryCatalogue),
            TestFile.Catalogue("history.lock", HistoryLock) with { LockFlag = "true" }));

    private const string HistoryCatalogue =
        "介入诊疗手术分级目录\n" +
        "（一）心血管疾病介入诊疗手术分级目录\n" +
        "二级手术\n" +
        "冠状动脉造影术（含左心室造影）\n" +
        "三级手术\n" +
        "经皮冠状动脉腔内血管成形术[PTCA]\n" +
        "冠状动脉药物球囊扩张术 @取代 冠状动脉内血栓溶解药输注\n";

    private const string HistoryLock =
        "# CatalogSdk 锁文件 / lock file: history.txt\n" +
        "2 | 3 | 心血管疾病 | 经皮冠状动脉腔内血管成形术[PTCA] | 经皮冠状动脉腔内血管成形术(PTCA)\n" +
        "5 | 2 | 心血管疾病 | 冠状动脉造影术（含左心室造影） | 冠状动脉造影术(含左心室造影) | alias 冠状动脉造影术 | regraded 2025 3->2\n" +
        "7 | 3 | 心血管疾病 | 冠状动脉内血栓溶解药输注 | 冠状动脉内血栓溶解药输注 | retired 2025 | successor 8\n" +
        "8 | 3 | 心血管疾病 | 冠状动脉药物球囊扩张术 | 冠状动脉药物球囊扩张术\n";
}
