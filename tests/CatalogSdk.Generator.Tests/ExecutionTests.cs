using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CatalogSdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis.CSharp;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// Runs the code generated from the shipped catalogue and checks its answers against counts taken from the
/// catalogue text independently of the parser (172 entries: 171 procedures and the catch-all rule, which the text
/// lists twice; 经颈静脉肝内门体分流术（TIPS） listed by two specialties).
/// </summary>
public sealed class ExecutionTests(ExecutionTests.ShippedAssemblies assemblies) : IClassFixture<ExecutionTests.ShippedAssemblies>
{
    private const string Catalogue = "MyHospital.Interventional.Catalogue";
    private const string ProcedureType = "MyHospital.Interventional.Procedure";
    private const string SpecialtyType = "MyHospital.Interventional.Specialty";

    public static TheoryData<LanguageVersion> Versions => new() { LanguageVersion.Latest, LanguageVersion.CSharp7_3 };

    [Theory]
    [MemberData(nameof(Versions))]
    public void Counts_MatchTheCatalogue(LanguageVersion version)
    {
        var generated = assemblies.For(version);

        Assert.Equal(171, GeneratedAssembly.Count(generated.Property(Catalogue, "Procedures")));
        Assert.Equal(1, GeneratedAssembly.Count(generated.Property(Catalogue, "CatchAllRules")));
        Assert.Equal(172, GeneratedAssembly.Count(generated.Property(Catalogue, "Entries")));
        Assert.Equal(172, generated.GetType(Catalogue).GetField("EntryCount")!.GetValue(null));
        Assert.Equal(4, GeneratedAssembly.Count(generated.Property(Catalogue, "Specialties")));

        var byGrade = Enumerable.Range(1, 4).Select(g => GeneratedAssembly.Count(generated.Call(Catalogue, "ByGrade", (SurgicalGrade)g))).ToArray();
        Assert.Equal(new[] { 22, 30, 67, 52 }, byGrade);
        Assert.Equal(0, GeneratedAssembly.Count(generated.Call(Catalogue, "ByGrade", (SurgicalGrade)0)));
    }

    [Fact]
    public void BySpecialtyAndGrade_MatchesTheCatalogue()
    {
        var generated = assemblies.For(LanguageVersion.Latest);
        var expected = new Dictionary<string, int[]>
        {
            ["心血管疾病"] = new[] { 2, 3, 19, 19 },
            ["神经血管"] = new[] { 2, 2, 12, 10 },
            ["外周血管"] = new[] { 10, 6, 22, 11 },
            ["综合介入"] = new[] { 8, 19, 14, 13 },
        };

        foreach (var (name, counts) in expected)
        {
            var specialty = Enum.Parse(generated.GetType(SpecialtyType), name);
            var actual = Enumerable.Range(1, 4)
                .Select(g => GeneratedAssembly.Count(generated.Call(Catalogue, "BySpecialtyAndGrade", specialty, (SurgicalGrade)g)))
                .ToArray();
            Assert.True(counts.SequenceEqual(actual), name + ": expected " + string.Join(",", counts) + ", got " + string.Join(",", actual));
            Assert.Equal(counts.Sum(), GeneratedAssembly.Count(generated.Call(Catalogue, "BySpecialty", specialty)));
        }
    }

    [Theory]
    [InlineData("经颈静脉肝内门体分流术(TIPS)", "经颈静脉肝内门体分流术（TIPS）")]   // half-width brackets for full-width
    [InlineData("经颈静脉肝内门体分流术（TIPS）", "经颈静脉肝内门体分流术（TIPS）")] // exactly as written
    [InlineData(" ＰＴＣＡ ", "经皮冠状动脉腔内血管成形术[PTCA]")]                 // full-width abbreviation, spaces
    [InlineData("ptca", "经皮冠状动脉腔内血管成形术[PTCA]")]                       // abbreviation, any case
    [InlineData("经皮冠状动脉腔内血管成形术（ptca）", "经皮冠状动脉腔内血管成形术[PTCA]")]
    [InlineData("冠状动脉　造影术", "冠状动脉造影术")]                              // ideographic space inside
    [InlineData("crt-d", "心脏再同步除颤器置入，全系统[CRT-D]")]
    public void TryFind_FindsVariants(string text, string expectedName)
    {
        var generated = assemblies.For(LanguageVersion.Latest);
        var arguments = new object?[] { text, null };

        Assert.True((bool)generated.Call(Catalogue, "TryFind", arguments)!, text);
        Assert.Equal(expectedName, NameOf(generated, arguments[1]!));
    }

    [Theory]
    [InlineData("不存在的手术")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("冠状动脉造影")] // a prefix of a name is not the name
    [InlineData(null)]
    public void TryFind_RejectsWhatIsNotInTheCatalogue(string? text)
    {
        var generated = assemblies.For(LanguageVersion.Latest);
        var arguments = new object?[] { text, null };

        Assert.False((bool)generated.Call(Catalogue, "TryFind", arguments)!);
        Assert.Equal(0, (int)arguments[1]!);
        Assert.Null(generated.Call(Catalogue, "Find", text));
    }

    /// <summary>Every entry is found by its name as written and by a respelling, and every abbreviation by its lower case: the whole hash table.</summary>
    [Fact]
    public void TryFind_FindsEveryEntry()
    {
        var generated = assemblies.For(LanguageVersion.Latest);
        var entries = EntriesOf(generated);
        Assert.Equal(172, entries.Count);

        foreach (var entry in entries)
        {
            foreach (var text in new[] { entry.Name, Respell(entry.Name), entry.Abbreviation?.ToLowerInvariant() })
            {
                if (text is null)
                {
                    continue;
                }

                var arguments = new object?[] { text, null };
                Assert.True((bool)generated.Call(Catalogue, "TryFind", arguments)!, "not found: " + text);
                Assert.True(Equals(entry.Procedure, arguments[1]), text + " found " + arguments[1] + ", expected " + entry.Procedure);
            }
        }
    }

    /// <summary>
    /// Every entry carries what the parser reads from the catalogue text for the procedure of that name: grade,
    /// specialties, abbreviation, code and catch-all flag (the generated tables are data cut apart at run time, so a
    /// misplaced length or index shows here).
    /// </summary>
    [Theory]
    [MemberData(nameof(Versions))]
    public void Entries_CarryWhatTheCatalogueSays(LanguageVersion version)
    {
        var generated = assemblies.For(version);
        var parsed = CatalogSdk.Core.Parsing.CatalogueParser.Parse("interventional.txt", Fixtures.ShippedText).Procedures;
        var byName = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var info in (System.Collections.IEnumerable)generated.Property(Catalogue, "Entries")!)
        {
            byName.Add((string)info.GetType().GetProperty("Name")!.GetValue(info)!, info);
        }

        Assert.Equal(parsed.Count, byName.Count);
        foreach (var p in parsed)
        {
            Assert.True(byName.TryGetValue(p.Name, out var info), "no entry named " + p.Name);
            var type = info!.GetType();
            Assert.Equal(p.Grade, (SurgicalGrade)type.GetProperty("Grade")!.GetValue(info)!);
            Assert.Equal(p.Abbreviation, (string?)type.GetProperty("Abbreviation")!.GetValue(info));
            Assert.Equal(p.Code, (string?)type.GetProperty("Code")!.GetValue(info));
            Assert.Equal(p.IsCatchAll, (bool)type.GetProperty("IsCatchAll")!.GetValue(info)!);
            Assert.Null(type.GetProperty("RetiredIn")!.GetValue(info));
            var specialties = ((System.Collections.IEnumerable)type.GetProperty("Specialties")!.GetValue(info)!).Cast<object>().Select(Convert.ToInt32).ToArray();
            Assert.Equal(p.Specialties.AsArray(), specialties);
            Assert.Equal(info, generated.Call(Catalogue, "Get", type.GetProperty("Procedure")!.GetValue(info)!));
        }
    }

    [Fact]
    public void Get_AnswersForMembersAndRejectsOtherValues()
    {
        var generated = assemblies.For(LanguageVersion.Latest);
        var procedureType = generated.GetType(ProcedureType);
        var tips = Enum.Parse(procedureType, "经颈静脉肝内门体分流术_TIPS");

        var info = generated.Call(Catalogue, "Get", tips)!;
        Assert.Equal(SurgicalGrade.Grade4, (SurgicalGrade)info.GetType().GetProperty("Grade")!.GetValue(info)!);
        Assert.Equal("TIPS", info.GetType().GetProperty("Abbreviation")!.GetValue(info));
        Assert.Equal(2, GeneratedAssembly.Count(info.GetType().GetProperty("Specialties")!.GetValue(info)));

        var notAMember = Enum.ToObject(procedureType, 0);
        Assert.False((bool)generated.Call(Catalogue, "IsDefined", notAMember)!);
        var thrown = Assert.Throws<TargetInvocationException>(() => generated.Call(Catalogue, "Get", Enum.ToObject(procedureType, 9999)));
        Assert.IsType<ArgumentOutOfRangeException>(thrown.InnerException);
    }

    /// <summary>The code generated from the shipped catalogue and its lock, compiled and loaded once per language version.</summary>
    public sealed class ShippedAssemblies : IDisposable
    {
        private readonly Dictionary<LanguageVersion, GeneratedAssembly> _loaded = new();

        internal GeneratedAssembly For(LanguageVersion version)
        {
            if (!_loaded.TryGetValue(version, out var assembly))
            {
                var run = GeneratorDriverHelper.Run(FixtureCases.Project(version), Fixtures.ShippedWithLock);
                Assert.Empty(run.CompilerDiagnostics);
                _loaded[version] = assembly = GeneratedAssembly.Load(run.OutputCompilation);
            }

            return assembly;
        }

        public void Dispose()
        {
            foreach (var assembly in _loaded.Values)
            {
                assembly.Dispose();
            }
        }
    }

    private static string NameOf(GeneratedAssembly generated, object procedure) =>
        (string)generated.GetType("MyHospital.Interventional.ProcedureExtensions").GetMethod("GetName")!.Invoke(null, new[] { procedure })!;

    private static List<(object Procedure, string Name, string? Abbreviation)> EntriesOf(GeneratedAssembly generated)
    {
        var list = (System.Collections.IEnumerable)generated.Property(Catalogue, "Entries")!;
        var result = new List<(object, string, string?)>();
        foreach (var info in list)
        {
            var type = info.GetType();
            result.Add((type.GetProperty("Procedure")!.GetValue(info)!, (string)type.GetProperty("Name")!.GetValue(info)!, (string?)type.GetProperty("Abbreviation")!.GetValue(info)));
        }

        return result;
    }

    /// <summary>The same name as a user might type it: other bracket widths, a space between characters, and ASCII in lower case.</summary>
    private static string Respell(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            builder.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                '(' => '（',
                ')' => '）',
                '[' => '【',
                ']' => '】',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.Insert(1, ' ').ToString();
    }
}
