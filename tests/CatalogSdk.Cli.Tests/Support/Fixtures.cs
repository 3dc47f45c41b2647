namespace CatalogSdk.Cli.Tests.Support;

/// <summary>Small catalogues with known diagnostics. Lines end in "\n"; line numbers are noted beside each line.</summary>
public static class Fixtures
{
    /// <summary>No diagnostics at all.</summary>
    public const string Clean =
        "测试目录\n" +                                 // 1
        "（一）心血管疾病介入诊疗手术分级目录\n" +     // 2
        "一级手术\n" +                                 // 3
        "人工起搏器功能检查\n" +                       // 4
        "二级手术\n" +                                 // 5
        "经皮冠状动脉腔内成形术[PTCA]\n";              // 6

    /// <summary>One warning (CSDK1009 at 5,1), no errors.</summary>
    public const string WarningsOnly =
        "测试目录\n" +                                 // 1
        "（一）心血管疾病介入诊疗手术分级目录\n" +     // 2
        "一级手术\n" +                                 // 3
        "冠状动脉造影术\n" +                           // 4
        "冠状动脉造影术\n";                            // 5

    /// <summary>One warning and four errors, at known lines and columns.</summary>
    public const string WithErrors =
        "测试目录\n" +                                 // 1
        "（一）心血管疾病介入诊疗手术分级目录\n" +     // 2
        "一级手术\n" +                                 // 3
        "冠状动脉造影术\n" +                           // 4
        "冠状动脉造影术\n" +                           // 5  CSDK1009 warning (5,1)
        "二级手术\n" +                                 // 6
        "  淋巴结活检（颈部、\n" +                     // 7  CSDK1011 error (7,3): two leading spaces
        "腋窝）\n" +                                   // 8  CSDK1012 error (8,1)
        "三级手术\n" +                                 // 9
        "冠状动脉造影术\n" +                           // 10 CSDK1010 error (10,1)
        "心导管检查 @foo\n";                           // 11 CSDK1015 error (11,7): the @ is the 7th character

    /// <summary>
    /// Names that CSV must quote (a comma, a quote), a procedure in two specialties, an abbreviation and a code.
    /// </summary>
    public const string ForCsv =
        "测试目录\n" +                                 // 1
        "（一）心血管疾病介入诊疗手术分级目录\n" +     // 2
        "一级手术\n" +                                 // 3
        "球囊扩张术,A型\n" +                           // 4
        "二级手术\n" +                                 // 5
        "支架植入术\"B\"型 @code 00.66\n" +            // 6
        "经颈静脉肝内门体分流术（TIPS）\n" +           // 7
        "（二）外周血管介入诊疗手术分级目录\n" +       // 8
        "二级手术\n" +                                 // 9
        "经颈静脉肝内门体分流术（TIPS）\n";            // 10
}
