using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CatalogSdk.Packages.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.Packages.Tests;

/// <summary>Scenarios 1–4: real projects that reference the packed packages restore, build cleanly and run.</summary>
[Collection(PackagesCollection.Name)]
public sealed class ConsumerTests
{
    /// <summary>The procedures of the shipped national catalogue (catch-all rules not counted).</summary>
    public const int NationalProcedureCount = 171;

    private readonly PackagedSdk _sdk;
    private readonly ITestOutputHelper _log;

    public ConsumerTests(PackagedSdk sdk, ITestOutputHelper log)
    {
        _sdk = sdk;
        _log = log;
    }

    /// <summary>Scenario 1: net8.0 console, CatalogSdk only, the catalogue and its lock copied into catalog/.</summary>
    [Fact]
    public void Net8_console_with_the_catalogue_in_its_catalog_folder_builds_without_warnings_and_runs_typed_queries()
    {
        var consumer = _sdk.NewConsumer("Hospital.Scheduling", _log);
        consumer.WriteProject(
            new Dictionary<string, string>
            {
                ["OutputType"] = "Exe",
                ["TargetFramework"] = "net8.0",
                ["RollForward"] = "Major",
                ["Nullable"] = "enable",
                ["ImplicitUsings"] = "disable",
                ["TreatWarningsAsErrors"] = "true",
            },
            new[] { ("CatalogSdk", _sdk.Version) });
        consumer.Copy(_sdk.RepoCatalogue, "catalog/interventional.txt");
        consumer.Copy(_sdk.RepoLock, "catalog/interventional.lock");
        consumer.Write("Program.cs", """
            using System;
            using CatalogSdk;
            using Hospital.Scheduling.Interventional;

            public static class Program
            {
                public static int Main()
                {
                    Console.WriteLine("namespace=" + typeof(Procedure).Namespace);
                    Console.WriteLine("find.ptca=" + Catalogue.Find("ptca")?.Name);
                    Console.WriteLine("find.fullwidth=" + (Catalogue.TryFind("ＰＴＣＡ", out Procedure found) ? ((int)found).ToString() : "none"));
                    Console.WriteLine("find.unknown=" + (Catalogue.Find("不存在的手术") is null ? "null" : "found"));
                    Console.WriteLine("cag.id=" + (int)Procedure.冠状动脉造影术);
                    Console.WriteLine("cag.grade=" + (int)Procedure.冠状动脉造影术.GetGrade());
                    Console.WriteLine("cag.const=" + ProcedureNames.冠状动脉造影术);
                    Console.WriteLine("count=" + Catalogue.Procedures.Count);
                    int grade4 = 0;
                    foreach (var p in Catalogue.ByGrade(SurgicalGrade.Grade4)) { grade4++; }
                    Console.WriteLine("grade4.count=" + grade4);
                    return 0;
                }
            }
            """);

        var build = consumer.Build();
        Expect.CleanBuild(build);
        var run = consumer.RunProgram();
        Expect.Succeeded(run, "Running the consumer");

        var locked = LockFile.Read(_sdk.RepoLock);
        var current = locked.Where(e => !e.IsRetired && !e.IsCatchAll).ToList();
        Assert.Equal(NationalProcedureCount, current.Count);
        Expect.Printed(run, "namespace", "Hospital.Scheduling.Interventional");
        Expect.Printed(run, "find.ptca", "经皮冠状动脉腔内血管成形术[PTCA]");
        Expect.Printed(run, "find.fullwidth", locked.Named("经皮冠状动脉腔内血管成形术[PTCA]").Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Expect.Printed(run, "find.unknown", "null");
        Expect.Printed(run, "cag.id", locked.Named("冠状动脉造影术").Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Expect.Printed(run, "cag.grade", locked.Named("冠状动脉造影术").Grade.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Expect.Printed(run, "cag.const", "冠状动脉造影术");
        Expect.Printed(run, "count", NationalProcedureCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Expect.Printed(run, "grade4.count", current.Count(e => e.Grade == 4).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Scenario 2: a .NET Framework 4.8 class library at C# 7.3, documentation file on, warnings as errors.</summary>
    [Fact]
    public void Net48_library_at_CSharp_7_3_builds_without_warnings()
    {
        var consumer = _sdk.NewConsumer("Hospital.Legacy", _log);
        consumer.WriteProject(
            new Dictionary<string, string>
            {
                ["TargetFramework"] = "net48",
                ["LangVersion"] = "7.3",
                ["GenerateDocumentationFile"] = "true",
                ["TreatWarningsAsErrors"] = "true",
            },
            new[] { ("CatalogSdk", _sdk.Version), ("Microsoft.NETFramework.ReferenceAssemblies", "1.0.3") });
        consumer.Copy(_sdk.RepoCatalogue, "catalog/interventional.txt");
        consumer.Copy(_sdk.RepoLock, "catalog/interventional.lock");
        consumer.Write("LegacyScheduling.cs", """
            using System.Collections.Generic;
            using CatalogSdk;
            using Hospital.Legacy.Interventional;

            namespace Hospital.Legacy
            {
                /// <summary>Code as a .NET Framework 4.8 system at C# 7.3 writes it.</summary>
                public static class LegacyScheduling
                {
                    /// <summary>A name constant, usable where a compile-time string is required.</summary>
                    public const string Angiography = ProcedureNames.冠状动脉造影术;

                    /// <summary>The grade of a typed name, or null.</summary>
                    public static SurgicalGrade? GradeOf(string typedName)
                    {
                        Procedure procedure;
                        if (!Catalogue.TryFind(typedName, out procedure))
                        {
                            return null;
                        }

                        return procedure.GetGrade();
                    }

                    /// <summary>The grade-4 procedures of one specialty.</summary>
                    public static List<string> GradeFourNames(Specialty specialty)
                    {
                        var names = new List<string>();
                        foreach (var info in Catalogue.BySpecialtyAndGrade(specialty, SurgicalGrade.Grade4))
                        {
                            names.Add(info.Name);
                        }

                        return names;
                    }

                    /// <summary>A switch over generated members.</summary>
                    public static string Describe(Procedure procedure)
                    {
                        switch (procedure)
                        {
                            case Procedure.冠状动脉造影术:
                                return "angiography";
                            default:
                                return procedure.GetName();
                        }
                    }
                }
            }
            """);

        var build = consumer.Build();
        Expect.CleanBuild(build);

        var output = consumer.PathOf("bin/Debug/net48");
        Assert.True(File.Exists(Path.Combine(output, "Hospital.Legacy.dll")), "No Hospital.Legacy.dll in " + output + ".\n" + build.Describe());
        var docs = Path.Combine(output, "Hospital.Legacy.xml");
        Assert.True(File.Exists(docs), "No documentation file " + docs + ".\n" + build.Describe());
        Assert.Contains("T:Hospital.Legacy.Interventional.Procedure", File.ReadAllText(docs), StringComparison.Ordinal);

        // The runtime library a .NET Framework project gets is the package's netstandard2.0 build.
        var runtime = Path.Combine(output, "CatalogSdk.dll");
        Assert.True(File.Exists(runtime), "CatalogSdk.dll was not copied to " + output + ".\n" + build.Describe());
        Assert.True(
            File.ReadAllBytes(runtime).AsSpan().SequenceEqual(PackagedSdk.ReadEntry(_sdk.CatalogSdkPackage, "lib/netstandard2.0/CatalogSdk.dll")),
            runtime + " is not the package's lib/netstandard2.0/CatalogSdk.dll.");
    }

    /// <summary>Scenario 3: CatalogSdk.Interventional only, no file copied: the types are in CatalogSdk.Interventional.</summary>
    [Fact]
    public void Interventional_package_alone_gives_the_national_catalogue_in_its_namespace()
    {
        var consumer = InterventionalOnlyConsumer(_sdk, "Ward.App", _log);

        var build = consumer.Build();
        Expect.CleanBuild(build);
        Assert.False(Directory.Exists(consumer.PathOf("catalog")), "The package put a catalog/ folder into the project.");
        Assert.Empty(Directory.GetFiles(consumer.Directory, "*.lock"));
        var run = consumer.RunProgram();
        Expect.Succeeded(run, "Running the consumer");

        var locked = LockFile.Read(_sdk.RepoLock);
        Expect.Printed(run, "namespace", "CatalogSdk.Interventional");
        Expect.Printed(run, "find.ptca", "经皮冠状动脉腔内血管成形术[PTCA]");
        Expect.Printed(run, "cag.id", locked.Named("冠状动脉造影术").Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Expect.Printed(run, "cag.grade", "Grade" + locked.Named("冠状动脉造影术").Grade.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Expect.Printed(run, "count", NationalProcedureCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Expect.Printed(run, "tips.grade", "Grade4");
    }

    /// <summary>
    /// Scenario 3b: CatalogSdk.Interventional with CatalogSdkIdentifiers=Ascii at C# 7.3: the packaged English-name
    /// overlay gives every member an English identifier; names, lookups and EnglishName come through the package.
    /// </summary>
    [Fact]
    public void Interventional_package_in_ASCII_mode_gives_English_identifiers_at_CSharp_7_3()
    {
        var consumer = _sdk.NewConsumer("Ward.Ascii", _log);
        consumer.WriteProject(
            new Dictionary<string, string>
            {
                ["OutputType"] = "Exe",
                ["TargetFramework"] = "net8.0",
                ["RollForward"] = "Major",
                ["LangVersion"] = "7.3",
                ["Nullable"] = "disable",
                ["TreatWarningsAsErrors"] = "true",
                ["CatalogSdkIdentifiers"] = "Ascii",
            },
            new[] { ("CatalogSdk.Interventional", _sdk.Version) });
        consumer.Write("Program.cs", """
            using System;
            using CatalogSdk;
            using CatalogSdk.Interventional;

            public static class Program
            {
                public static int Main()
                {
                    Console.WriteLine("cag.name=" + Procedure.CoronaryAngiography.GetName());
                    Console.WriteLine("cag.english=" + Procedure.CoronaryAngiography.GetInfo().EnglishName);
                    Console.WriteLine("cag.constant=" + ProcedureNames.CoronaryAngiography);
                    Console.WriteLine("find.ptca=" + Catalogue.Find("ptca").Procedure);
                    Console.WriteLine("specialty=" + Specialty.PeripheralVascular.GetName());
                    return 0;
                }
            }
            """);

        var build = consumer.Build();
        Expect.CleanBuild(build);
        var run = consumer.RunProgram();
        Expect.Succeeded(run, "Running the consumer");

        Expect.Printed(run, "cag.name", "冠状动脉造影术");
        Expect.Printed(run, "cag.english", "Coronary angiography");
        Expect.Printed(run, "cag.constant", "冠状动脉造影术");
        Expect.Printed(run, "find.ptca", "PercutaneousTransluminalCoronaryAngioplasty");
        Expect.Printed(run, "specialty", "外周血管");
    }

    /// <summary>Scenario 4: the national catalogue from its package plus a hospital catalogue of the project's own.</summary>
    [Fact]
    public void Two_catalogues_the_packaged_national_one_and_a_hospital_one_generate_into_two_namespaces()
    {
        var consumer = _sdk.NewConsumer("Hospital.Scheduling", _log);
        consumer.WriteProject(
            new Dictionary<string, string>
            {
                ["OutputType"] = "Exe",
                ["TargetFramework"] = "net8.0",
                ["RollForward"] = "Major",
                ["Nullable"] = "enable",
                ["TreatWarningsAsErrors"] = "true",
            },
            new[] { ("CatalogSdk.Interventional", _sdk.Version) });
        consumer.Write("catalog/hospital.txt", HospitalCatalogue);
        consumer.Write("catalog/hospital.lock", HospitalLock);
        consumer.Write("Program.cs", """
            using System;
            using CatalogSdk;
            using CatalogSdk.Interventional;
            using Hospital.Scheduling.Hospital;
            using National = CatalogSdk.Interventional;
            using Local = Hospital.Scheduling.Hospital;

            public static class Program
            {
                public static int Main()
                {
                    Console.WriteLine("national.namespace=" + typeof(National.Procedure).Namespace);
                    Console.WriteLine("national.count=" + National.Catalogue.Procedures.Count);
                    Console.WriteLine("national.cag=" + (int)National.Procedure.冠状动脉造影术 + ":" + National.Procedure.冠状动脉造影术.GetGrade());
                    Console.WriteLine("local.namespace=" + typeof(Local.Procedure).Namespace);
                    Console.WriteLine("local.count=" + Local.Catalogue.Procedures.Count);
                    Console.WriteLine("local.hip=" + (int)Local.Procedure.人工髋关节置换术 + ":" + Local.Procedure.人工髋关节置换术.GetGrade());
                    Console.WriteLine("local.ctr=" + Local.Catalogue.Find("ctr")?.Name);
                    Console.WriteLine("local.vitrectomy=" + (int)Local.Procedure.玻璃体切除术 + ":" + Local.Procedure.玻璃体切除术.GetGrade());
                    Console.WriteLine("local.eye=" + Local.Catalogue.BySpecialty(Local.Specialty.眼科).Count);
                    Console.WriteLine("cross=" + (National.Catalogue.Find("人工髋关节置换术") is null) + ":" + (Local.Catalogue.Find("ptca") is null));
                    return 0;
                }
            }
            """);

        var build = consumer.Build();
        Expect.CleanBuild(build); // no CSDK2000 either: the hospital lock was found
        var run = consumer.RunProgram();
        Expect.Succeeded(run, "Running the consumer");

        Expect.Printed(run, "national.namespace", "CatalogSdk.Interventional");
        Expect.Printed(run, "national.count", NationalProcedureCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Expect.Printed(run, "national.cag", LockFile.Read(_sdk.RepoLock).Named("冠状动脉造影术").Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":Grade3");
        Expect.Printed(run, "local.namespace", "Hospital.Scheduling.Hospital");
        Expect.Printed(run, "local.count", "4");
        Expect.Printed(run, "local.hip", "103:Grade3"); // IDs come from the hospital's lock, not from line order
        Expect.Printed(run, "local.ctr", "腕管松解术");
        Expect.Printed(run, "local.vitrectomy", "104:Grade4");
        Expect.Printed(run, "local.eye", "1");
        Expect.Printed(run, "cross", "True:True");
    }

    /// <summary>A small hospital catalogue: two specialties, all four grades, an abbreviation.</summary>
    public const string HospitalCatalogue = """
         某市人民医院手术分级目录
        （一）骨科手术分级目录
        一级手术
        清创缝合术
        二级手术
        腕管松解术 @缩写 CTR
        三级手术
        人工髋关节置换术
        （二）眼科手术分级目录
        四级手术
        玻璃体切除术

        """;

    /// <summary>The hospital catalogue's lock, as lock update writes it; IDs 101–104 so that they cannot be line order.</summary>
    public const string HospitalLock = """
        # CatalogSdk 锁文件 / lock file: hospital.txt
        # 由 catalog lock update 维护，请勿手工编辑；请提交到版本库，并与目录一起评审。
        # Maintained by 'catalog lock update'; do not edit by hand. Commit it and review it with the catalogue.
        # ID | 级别 grade | 专科 specialties | 名称 name | 匹配键 key | 记录 notes
        101 | 1 | 骨科 | 清创缝合术 | 清创缝合术
        102 | 2 | 骨科 | 腕管松解术 | 腕管松解术
        103 | 3 | 骨科 | 人工髋关节置换术 | 人工髋关节置换术
        104 | 4 | 眼科 | 玻璃体切除术 | 玻璃体切除术

        """;

    /// <summary>A net8.0 console that references CatalogSdk.Interventional only, and prints what it sees.</summary>
    internal static Consumer InterventionalOnlyConsumer(PackagedSdk sdk, string name, ITestOutputHelper log)
    {
        var consumer = sdk.NewConsumer(name, log);
        consumer.WriteProject(
            new Dictionary<string, string>
            {
                ["OutputType"] = "Exe",
                ["TargetFramework"] = "net8.0",
                ["RollForward"] = "Major",
                ["Nullable"] = "enable",
                ["TreatWarningsAsErrors"] = "true",
            },
            new[] { ("CatalogSdk.Interventional", sdk.Version) });
        consumer.Write("Program.cs", """
            using System;
            using CatalogSdk;
            using CatalogSdk.Interventional;

            public static class Program
            {
                public static int Main()
                {
                    Console.WriteLine("namespace=" + typeof(Procedure).Namespace);
                    Console.WriteLine("find.ptca=" + Catalogue.Find("ptca")?.Name);
                    Console.WriteLine("cag.id=" + (int)Procedure.冠状动脉造影术);
                    Console.WriteLine("cag.grade=" + Procedure.冠状动脉造影术.GetGrade());
                    Console.WriteLine("count=" + Catalogue.Procedures.Count);
                    Console.WriteLine("tips.grade=" + Procedure.经颈静脉肝内门体分流术_TIPS.GetGrade());
                    return 0;
                }
            }
            """);
        return consumer;
    }
}
