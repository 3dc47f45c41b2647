using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Reliability.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// No catalogue text can add members, attributes, directives or code to the generated output. For every class of
/// dangerous text the generator either rejects the line with a positioned diagnostic, or generates code that parses
/// with no diagnostic, compiles with no error or warning (at C# 7.3 and at the latest version), declares exactly the
/// expected types and one enum member per procedure, carries only the generator's attributes and no directive but
/// #nullable enable — and whose constants, read back from the compiled assembly, are the names exactly as written.
/// </summary>
public sealed class InjectionTests
{
    /// <summary>
    /// Risky text in procedure names: each row is a catalogue of those names (plus a control procedure), with the
    /// same text in the title, the specialty heading and an abbreviation where the format allows it there.
    /// </summary>
    public static TheoryData<string, string[], string> AcceptedNames => new()
    {
        { "quotes", new[] { "冠状\"动脉造影术", "\"", "\"\"", "冠状\\\"动脉", "'单引号'术", "$\"插值{x}\"术" }, "\"" },
        { "backslashes", new[] { "冠状\\动脉", "\\", "\\\\", "冠状\\n动脉", "冠状\\u0022动脉", "\\\"\\" }, "\\" },
        { "comment markers", new[] { "冠状*/动脉", "冠状/*动脉", "//术", "冠状///动脉", "*/ public static int X; /*术", "/**/术", "// <summary>术" }, "*/" },
        { "hash inside a name", new[] { "冠状#动脉造影术", "冠状动脉#if DEBUG", "术#region", "甲 #define X", "乙\t#error boom" }, "#if" },
        { "xml", new[] { "冠状<动脉>", "&", "</summary>", "<see cref=\"System.Object\"/>", "&amp;术", "<![CDATA[x]]>", "</remarks><exclude/>", "<!-- x -->", "&#x41;术", "<summary>术" }, "</summary>" },
        { "braces", new[] { "{", "}", "{0}", "冠状{动脉}", "} class X {", "};术", "{{}}" }, "}" },
        { "keywords", new[] { "class", "namespace", "int", "null", "true", "value__", "__arglist", "global", "var", "this", "event", "operator", "default" }, "class" },
        {
            "generated members",
            new[]
            {
                "Get", "ToString", "Equals", "TryFind", "Procedure", "ProcedureNames", "Specialty", "Catalogue", "GetHashCode", "GetType", "Find",
                "IsDefined", "GetInfo", "Entries", "EntryCount", "Title", "SourceFileName", "s_entries", "TryFindFolded", "ProcedureExtensions",
                "SpecialtyExtensions", "HasFlag", "MemberwiseClone", "Finalize", "ReferenceEquals", "GetName", "GetGrade", "TryGet", "ByGrade", "CompareTo", "Parse",
            },
            "Catalogue"
        },
        { "only digits", new[] { "123", "0", "٣٣", "3D打印术", "1e5", "007" }, "123" },
        { "only punctuation", new[] { "！！！", "...", "——", "※", "（）", "-", "_", "?", "·", "…" }, "！" },
        { "surrogate pairs", new[] { "\uD842\uDFB7术", "\uD83D\uDE00", "冠状\uD83D\uDE00动脉" }, "\uD842\uDFB7" },
        { "private use and unassigned", new[] { "冠状\uE000动脉", "冠状\u0378动脉", "冠状\uFFFC动脉", "冠状\uFDD0动脉" }, "\uE000" },
        { "noncharacters", new[] { "冠状\uFFFE动脉", "冠状\uFFFF动脉" }, "\uFFFE" },
        { "identifier collisions", new[] { "甲/乙", "甲、乙", "甲_乙", "甲", "甲_4", "甲！", "甲_6", "甲?" }, "甲" },
    };

    [Theory]
    [MemberData(nameof(AcceptedNames), DisableDiscoveryEnumeration = true)]
    public void Risky_names_are_kept_exactly_and_add_nothing_to_the_code(string label, string[] names, string token)
    {
        var title = "测试" + token + "目录";
        var heading = "（一）" + token + "专科手术分级目录";
        var annotated = "经皮穿刺活检术 @abbr X" + (token.Any(char.IsWhiteSpace) ? string.Empty : token) + "Y @code 00.6" + token;
        var lines = new List<string> { title, heading, "一级手术", "冠状动脉造影术", annotated };
        lines.AddRange(names);
        var text = string.Join("\n", lines) + "\n";
        var expected = new[] { "冠状动脉造影术", "经皮穿刺活检术" }.Concat(names).ToList();

        var outcomes = AssertAccepted(label, "injection.txt", text, "MyHospital.Injection", expected);

        var abbreviation = "X" + (token.Any(char.IsWhiteSpace) ? string.Empty : token) + "Y";
        Assert.Empty(GeneratedAssembly.RuntimeProblems(
            outcomes[0], "MyHospital.Injection", expected, new Dictionary<string, string> { [abbreviation] = "经皮穿刺活检术" }, title, new[] { heading }, "injection.txt"));
    }

    /// <summary>Characters that could end a literal, a comment or a line of generated code: the line is rejected where they stand.</summary>
    public static TheoryData<string, string, string, int> RejectedCharacters => new()
    {
        { "U+2028 line separator", "冠状\u2028动脉造影术", "CSDK1018", 3 },
        { "U+2029 paragraph separator", "冠状\u2029动脉造影术", "CSDK1018", 3 },
        { "U+0085 next line", "冠状\u0085动脉造影术", "CSDK1018", 3 },
        { "NUL", "冠状\u0000动脉造影术", "CSDK1018", 3 },
        { "vertical tab", "冠状动\u000B脉造影术", "CSDK1018", 4 },
        { "escape", "冠\u001B状动脉造影术", "CSDK1018", 2 },
        { "DEL", "冠状动脉造影\u007F术", "CSDK1018", 7 },
        { "lone high surrogate", "冠状\uD800动脉造影术", "CSDK1018", 3 },
        { "lone low surrogate", "冠状\uDC00动脉造影术", "CSDK1018", 3 },
        { "reversed pair", "冠状\uDFB7\uD842动脉造影术", "CSDK1018", 3 },
        { "replacement character", "冠状\uFFFD动脉造影术", "CSDK1001", 3 },
    };

    [Theory]
    [MemberData(nameof(RejectedCharacters), DisableDiscoveryEnumeration = true)]
    public void Characters_that_could_break_the_code_reject_the_line_with_a_position(string label, string line, string id, int column)
    {
        var text = Catalogues.Build("冠状动脉造影术", line, "经皮穿刺活检术");

        var outcome = GeneratorHarness.Run("rejected.txt", text);

        var diagnostic = Assert.Single(outcome.Errors);
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.CataloguePath("rejected.txt"), span.Path);
        Assert.Equal(Catalogues.FirstBodyLine + 1, span.StartLinePosition.Line + 1);
        Assert.Equal(column, span.StartLinePosition.Character + 1);

        // The rest of the catalogue still generates, and the rejected text is nowhere in it.
        var problems = GeneratedCodeCheck.Problems(outcome, "MyHospital.Rejected", new (string?, string)[] { (null, "冠状动脉造影术"), (null, "经皮穿刺活检术") }, 1);
        Assert.True(problems.Count == 0, label + ":\n" + string.Join("\n", problems));
    }

    /// <summary>A line whose first visible character is # is a comment, whatever follows: it reaches no output.</summary>
    [Theory]
    [InlineData("#if DEBUG")]
    [InlineData("  #define DEBUG")]
    [InlineData("\t#error boom")]
    [InlineData("\u3000#nullable disable")]
    [InlineData("＃pragma warning disable")]
    [InlineData("#line 1 \"other.cs\"")]
    [InlineData("# </summary>*/\"\\ } class X {")]
    [InlineData("#\u202E\u2028\u0000")]
    public void A_hash_at_the_start_of_a_line_is_a_comment_and_changes_nothing(string comment)
    {
        var withComment = GeneratorHarness.Run("comment.txt", Catalogues.Build("冠状动脉造影术", comment, "经皮穿刺活检术"));
        var withBlank = GeneratorHarness.Run("comment.txt", Catalogues.Build("冠状动脉造影术", string.Empty, "经皮穿刺活检术"));

        Assert.Equal(withBlank.Fingerprint, withComment.Fingerprint);
        Assert.Empty(GeneratedCodeCheck.Problems(withComment, "MyHospital.Comment", new (string?, string)[] { ("冠状动脉造影术", "冠状动脉造影术"), ("经皮穿刺活检术", "经皮穿刺活检术") }, 1));
    }

    /// <summary>The catalogue's file name reaches a comment, a constant and the namespace: none of them can carry code.</summary>
    [Theory]
    [InlineData("a\"b*\\c#d<e>.txt", "MyHospital.ABCDE")]
    [InlineData("x\u2028y\u0085z.txt", "MyHospital.XYZ")]
    [InlineData("*\\ class X { }.txt", "MyHospital.ClassX")]
    [InlineData("class.txt", "MyHospital.Class")]
    [InlineData("123.txt", "MyHospital._123")]
    [InlineData("手术目录.txt", "MyHospital.手术目录")]
    [InlineData("\u202Etxt.exe.txt", "MyHospital.TxtExe")]
    public void The_file_name_cannot_inject_code(string fileName, string ns)
    {
        var text = Catalogues.Build("冠状动脉造影术");

        var outcomes = AssertAccepted(fileName, fileName, text, ns, new[] { "冠状动脉造影术" });

        Assert.Empty(GeneratedAssembly.RuntimeProblems(outcomes[0], ns, new[] { "冠状动脉造影术" }, sourceFileName: fileName));
    }

    /// <summary>
    /// A lock file is text too, and its names, former names and editions reach the generated code (retired members,
    /// XML documentation, lookup tables, attributes). A hand-edited lock cannot inject anything either.
    /// </summary>
    [Fact]
    public void Text_from_a_lock_file_cannot_inject_code()
    {
        var catalogue = Catalogues.Build("冠状动脉造影术", "经皮穿刺活检术");
        string Entry(int id, string name, string notes) =>
            id + " | 1 | 测试专科 | " + name.Replace("\\", "\\\\").Replace("|", "\\|").Replace(";", "\\;") + " | " +
            CatalogueText.ToKey(name).Replace("\\", "\\\\").Replace("|", "\\|").Replace(";", "\\;") + notes;
        var risky = "\"*/ </summary> \u2028 #if X { } \\ \u0001 \uFFFE";
        var lockText = string.Join("\n", new[]
        {
            "# lock",
            Entry(1, "冠状动脉造影术", " | alias " + risky.Replace("|", "\\|") + "旧名"),
            Entry(2, "经皮穿刺活检术", string.Empty),
            Entry(3, "已停用" + risky + "术", " | retired 2020\"*/</summary>{} | successor 1"),
            Entry(4, "class", " | retired 2021"),
        }) + "\n";

        var outcome = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("locked.txt"), catalogue),
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("locked.lock"), lockText),
        });

        Assert.True(outcome.Accepted, outcome.DescribeDiagnostics());
        var expected = new (string?, string)[] { (null, "冠状动脉造影术"), (null, "经皮穿刺活检术"), (null, "已停用" + risky + "术"), ("_class", "class") };
        var problems = GeneratedCodeCheck.Problems(outcome, "MyHospital.Locked", expected, 1);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains("[global::CatalogSdk.RetiredProcedure(\"2020\\\"*/</summary>{}\", SuccessorId = 1)]", outcome.Sources.Single(s => s.HintName.EndsWith(".Procedure.g.cs", StringComparison.Ordinal)).SourceText.ToString());
        Assert.Empty(GeneratedAssembly.RuntimeProblems(
            outcome, "MyHospital.Locked", expected.Select(e => e.Item2).ToList(), current: new[] { "冠状动脉造影术", "经皮穿刺活检术" }));
    }

    /// <summary>Runs the generator at the latest language version and at C# 7.3 and asserts the code is as it must be.</summary>
    private static GeneratorOutcome[] AssertAccepted(string label, string fileName, string text, string ns, IReadOnlyList<string> names)
    {
        var outcomes = new[] { LanguageVersion.Latest, LanguageVersion.CSharp7_3 }.Select(v => GeneratorHarness.Run(fileName, text, v)).ToArray();
        foreach (var outcome in outcomes)
        {
            Assert.True(outcome.Accepted, label + " (" + outcome.LanguageVersion + "): the catalogue was rejected:\n" + outcome.DescribeDiagnostics());
            var problems = GeneratedCodeCheck.Problems(outcome, ns, names.Select(n => ((string?)null, n)).ToList(), 1);
            Assert.True(problems.Count == 0, label + " (" + outcome.LanguageVersion + "):\n" + string.Join("\n", problems));
        }

        return outcomes;
    }
}
