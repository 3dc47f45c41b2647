using System;
using System.IO;

namespace CatalogSdk.Generator.Tests.Support;

/// <summary>The shipped catalogue and small catalogues, each aimed at one part of the emitter. Lines end in "\n".</summary>
internal static class Fixtures
{
    /// <summary>The shipped catalogue, linked into the test output so the tests always see the committed file.</summary>
    public static string ShippedText => ReadTestData("interventional.txt");

    /// <summary>The shipped catalogue where a project's catalog/ folder puts it.</summary>
    public static TestFile Shipped => TestFile.Catalogue("interventional.txt", ShippedText);

    /// <summary>The shipped catalogue's lock file beside it, as CatalogSdk.targets passes it to the compiler.</summary>
    public static TestFile ShippedLock => TestFile.Catalogue("interventional.lock", ReadTestData("interventional.lock")) with { LockFlag = "true" };

    /// <summary>What a project that uses the shipped catalogue hands the generator: the catalogue and its lock.</summary>
    public static TestFile[] ShippedWithLock => new[] { Shipped, ShippedLock };

    /// <summary>The shipped catalogue's English-name overlay beside it, as CatalogSdk.targets passes it to the compiler.</summary>
    public static TestFile ShippedEnglishNames => TestFile.Catalogue("interventional.en.tsv", ReadTestData("interventional.en.tsv")) with { EnglishNamesFlag = "true" };

    /// <summary>The shipped catalogue in ASCII mode, with its lock and its English-name overlay.</summary>
    public static TestFile[] ShippedAscii => new[] { Shipped with { Identifiers = "Ascii" }, ShippedLock, ShippedEnglishNames };

    private static string ReadTestData(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>
    /// Abbreviations from trailing brackets of every style and from @abbr, a code from @code, a bracketed qualifier
    /// that is not an abbreviation, and a catch-all rule. No diagnostics.
    /// </summary>
    public const string Abbreviations =
        "某医院介入诊疗手术分级目录\n" +                  // 1  title
        "（一）心血管疾病介入诊疗手术分级目录\n" +        // 2
        "一级手术\n" +                                    // 3
        "冠状动脉造影术\n" +                              // 4
        "二级手术\n" +                                    // 5
        "经皮冠状动脉腔内血管成形术[PTCA]\n" +            // 6  abbreviation from [ ]
        "冠状动脉血管内超声(IVUS)\n" +                    // 7  abbreviation from ( )
        "经颈静脉肝内门体分流术（TIPS）\n" +              // 8  abbreviation from （ ）
        "主动脉内球囊反搏术 @缩写 IABP @编码 37.61\n" +   // 9  abbreviation and code from annotations
        "择期冠状动脉腔内支架植入术（A型病变）\n" +        // 10 a qualifier, not an abbreviation
        "三级手术\n" +                                    // 11
        "其他准予临床应用的新技术 @兜底\n";                // 12 catch-all rule

    /// <summary>
    /// Names that cannot become identifiers as written: two that fold to one identifier (CSDK1019), a keyword, a
    /// leading digit, a specialty whose short name starts with a digit (CSDK1021), quotes and a backslash that
    /// must be escaped in string literals, and markup characters that must be escaped in XML documentation.
    /// </summary>
    public const string Identifiers =
        "标识符测试目录\n" +                              // 1
        "（一）综合介入诊疗手术分级目录\n" +              // 2
        "一级手术\n" +                                    // 3
        "穿刺术（A型）\n" +                               // 4  identifier 穿刺术_A型
        "穿刺术·A型\n" +                                  // 5  same identifier → 穿刺术_A型_2 (CSDK1019)
        "class\n" +                                       // 6  keyword → _class (CSDK1021)
        "3D打印导板引导穿刺术\n" +                        // 7  leading digit → _3D打印导板引导穿刺术 (CSDK1021)
        "二级手术\n" +                                    // 8
        "\"双J\"管置入术\n" +                             // 9  quotes in a literal
        "造影\\引流术\n" +                                // 10 backslash in a literal
        "肝动脉化疗栓塞术<TACE>&灌注\n" +                  // 11 markup in documentation
        "（二）3D介入诊疗手术分级目录\n" +                // 12 specialty identifier → _3D介入 (CSDK1021)
        "一级手术\n" +                                    // 13
        "经皮穿刺活检术\n";                               // 14

    /// <summary>
    /// One procedure listed by two specialties with the same grade (one procedure, two specialties), beside
    /// procedures of one specialty each. No diagnostics.
    /// </summary>
    public const string TwoSpecialties =
        "双专科测试目录\n" +                              // 1
        "（一）外周血管介入诊疗手术分级目录\n" +          // 2
        "二级手术\n" +                                    // 3
        "下腔静脉滤器置入术\n" +                          // 4  also in specialty 2
        "四肢动脉造影术\n" +                              // 5
        "（二）综合介入诊疗手术分级目录\n" +              // 6
        "二级手术\n" +                                    // 7
        "下腔静脉滤器置入术\n" +                          // 8
        "经皮肝穿刺胆道引流术[PTCD]\n" +                  // 9
        "三级手术\n" +                                    // 10
        "经皮椎体成形术\n";                               // 11

    /// <summary>
    /// For ASCII mode: English names from @en and @英文 (one with a quote and a backslash to escape), pinyin for the
    /// rest, a name whose pinyin repeats another's (collision → _ID), ASCII letters kept as words, a character outside
    /// the pinyin table (U+hex), a keyword-like English name and a leading digit.
    /// </summary>
    public const string Ascii =
        "ASCII标识符测试目录\n" +                        // 1
        "（一）心血管疾病介入诊疗手术分级目录\n" +        // 2  specialty → XinXueGuanJiBing
        "一级手术\n" +                                    // 3
        "冠状动脉造影术 @en Coronary angiography\n" +     // 4  CoronaryAngiography
        "经皮冠状动脉腔内血管成形术[PTCA] @英文 Percutaneous transluminal coronary angioplasty\n" + // 5
        "冠状动脉血管内超声(IVUS)\n" +                    // 6  GuanZhuangDongMaiXueGuanNeiChaoShengIVUS
        "择期冠状动脉腔内支架植入术（A型病变）\n" +        // 7  ...AXingBingBian
        "二级手术\n" +                                    // 8
        "经皮穿刺术\n" +                                  // 9  JingPiChuanCiShu
        "经皮穿次术\n" +                                  // 10 same pinyin → JingPiChuanCiShu_6 (CSDK1019)
        "㐀检查术\n" +                                    // 11 U3400JianChaShu
        "3D打印导板引导穿刺术\n" +                        // 12 _3DDaYinDaoBanYinDaoChuanCiShu
        "造影术 @en \"Double-J\" stent \\ class\n" +   // 13 DoubleJStentClass; literal escapes
        "（二）综合介入诊疗手术分级目录\n" +              // 14 specialty → ZongHeJieRu
        "一级手术\n" +                                    // 15
        "经皮穿刺活检术 @en Catalogue\n";                 // 16 reserved → _Catalogue
}
