using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>
/// The shipped catalogue (catalog/interventional.txt, linked as TestData/interventional.txt), and its reconciliation
/// with the official text: every official line is accounted for, nothing is invented.
/// </summary>
public class ShippedCatalogueTests
{
    private static readonly CatalogueDocument Shipped = Catalogue.ParseTestData("interventional.txt");
    private static readonly CatalogueDocument Official = Catalogue.ParseTestData("interventional-official.txt");
    private static readonly IReadOnlyList<string> OfficialLines = Catalogue.SplitLines(Catalogue.ReadTestData("interventional-official.txt"));

    /// <summary>The official lines the shipped catalogue edits, as its # comments document.</summary>
    private const int DuplicateLine = 57;
    private const int RunTogetherLine = 271;
    private const int WrappedHeadLine = 307;
    private const int WrappedTailLine = 309;

    [Fact]
    public void Shipped_catalogue_has_no_diagnostics()
    {
        Assert.True(Shipped.Diagnostics.Count == 0, Catalogue.Describe(Shipped));
        Assert.False(Shipped.HasErrors);
    }

    [Fact]
    public void Shipped_catalogue_has_172_entries_in_the_four_specialties()
    {
        Assert.Equal(172, Shipped.Procedures.Count);
        Assert.Equal(Enumerable.Range(1, 172), Shipped.Procedures.Select(p => p.Id));
        Assert.Equal("介入诊疗手术分级目录", Shipped.Title);
        Assert.Equal(
            Official.Specialties.Select(s => (s.Order, s.Name, s.Heading, s.Identifier)),
            Shipped.Specialties.Select(s => (s.Order, s.Name, s.Heading, s.Identifier)));
        Assert.Equal(172, Shipped.Procedures.Select(p => p.Identifier).Distinct().Count());
    }

    [Fact]
    public void Header_comments_are_comments()
    {
        Assert.Equal(new[] { LineKind.Comment, LineKind.Comment, LineKind.Comment, LineKind.Comment, LineKind.Comment, LineKind.Title },
            Shipped.Lines.Take(6).Select(l => l.Kind));
    }

    [Fact]
    public void Two_catch_all_rows_are_one_entry_flagged_catch_all()
    {
        var catchAll = Assert.Single(Shipped.Procedures, p => p.IsCatchAll);

        Assert.Equal("其他准予临床应用的新技术", catchAll.Name);
        Assert.Equal(new[] { 3, 4 }, catchAll.Specialties.AsArray());
        Assert.Equal(new[] { 272, 395 }, catchAll.Lines.AsArray());
        Assert.Equal(SurgicalGrade.Grade4, catchAll.Grade);
        Assert.Null(catchAll.Abbreviation);
        Assert.Null(catchAll.Code);
    }

    [Fact]
    public void Shipped_catalogue_states_no_codes_and_the_same_abbreviations_as_the_official_text()
    {
        Assert.All(Shipped.Procedures, p => Assert.Null(p.Code));
        Assert.Equal(
            Official.Procedures.Where(p => p.Abbreviation is not null).Select(p => (p.Name, p.Abbreviation)),
            Shipped.Procedures.Where(p => p.Abbreviation is not null).Select(p => (p.Name, p.Abbreviation)));
    }

    [Fact]
    public void Every_official_line_is_accounted_for_and_nothing_is_invented()
    {
        var shippedByKey = Shipped.Procedures.ToDictionary(p => p.Key);

        // What the official text says, with the documented edits applied: key → (name, grade, specialties in order).
        var expected = new Dictionary<string, (string Name, SurgicalGrade Grade, List<int> Specialties)>();
        void Expect(string name, SurgicalGrade grade, int specialty)
        {
            var key = CatalogueText.ToKey(name);
            if (!expected.TryGetValue(key, out var entry))
            {
                entry = (name, grade, new List<int>());
                expected.Add(key, entry);
            }

            Assert.Equal(grade, entry.Grade);
            if (!entry.Specialties.Contains(specialty))
            {
                entry.Specialties.Add(specialty);
            }
        }

        var edited = new List<int>();
        foreach (var record in Official.Lines)
        {
            if (record.Kind is not (LineKind.Procedure or LineKind.Repeat or LineKind.Rejected))
            {
                continue;
            }

            var line = record.Line;
            var text = OfficialLines[line - 1].Trim();
            var specialty = SpecialtyAt(line);
            var grade = GradeAt(line);
            switch (line)
            {
                case DuplicateLine:
                    // The duplicate: the same procedure, same specialty and grade, listed earlier.
                    Assert.Equal(LineKind.Repeat, record.Kind);
                    Assert.Equal(OfficialLines[31 - 1].Trim(), text);
                    Expect(text, grade, specialty);
                    edited.Add(line);
                    break;
                case RunTogetherLine:
                    // Two procedures on one line: the shipped catalogue has each half, and not the joined line.
                    var diagnostic = Assert.Single(Official.Diagnostics, d => d.Line == line && d.Id == "CSDK1013");
                    Assert.False(shippedByKey.ContainsKey(CatalogueText.ToKey(text)));
                    Expect(diagnostic.Arguments[1], grade, specialty);
                    Expect(diagnostic.Arguments[2], grade, specialty);
                    edited.Add(line);
                    break;
                case WrappedHeadLine:
                    // A name wrapped over two lines: the shipped catalogue has the join.
                    Assert.Equal(LineKind.Rejected, record.Kind);
                    Expect(text + OfficialLines[WrappedTailLine - 1].Trim(), grade, specialty);
                    edited.Add(line);
                    break;
                case WrappedTailLine:
                    Assert.Equal(LineKind.Rejected, record.Kind);
                    Assert.Equal(SpecialtyAt(WrappedHeadLine), specialty);
                    Assert.Equal(GradeAt(WrappedHeadLine), grade);
                    edited.Add(line);
                    break;
                default:
                    Assert.True(record.Kind == LineKind.Procedure, $"official line {line} «{text}» is {record.Kind}");
                    Expect(text, grade, specialty);
                    break;
            }
        }

        Assert.Equal(new[] { DuplicateLine, RunTogetherLine, WrappedHeadLine, WrappedTailLine }, edited);
        Assert.Equal(172, expected.Count);

        // Every official procedure is shipped with the same name, grade and specialties…
        foreach (var (key, entry) in expected)
        {
            Assert.True(shippedByKey.TryGetValue(key, out var shipped), $"«{entry.Name}» from the official text is not in the shipped catalogue");
            Assert.Equal(entry.Name, shipped!.Name);
            Assert.Equal(entry.Grade, shipped.Grade);
            Assert.Equal(entry.Specialties, shipped.Specialties.AsArray());
            Assert.Equal(entry.Specialties.Count, shipped.Lines.Count); // listed once per specialty: the repeat is gone
        }

        // …and the shipped catalogue holds nothing the official text does not account for.
        Assert.Empty(shippedByKey.Keys.Except(expected.Keys));
    }

    [Fact]
    public void Documented_edits_are_present_in_the_shipped_catalogue()
    {
        var duplicate = Assert.Single(Shipped.Procedures, p => p.Name == "冠状动脉血流储备分数检查");
        Assert.Single(duplicate.Lines);

        var biopsy = Catalogue.Procedure(Shipped, "一般部位的经皮穿刺活检术（涎腺、乳腺、阴囊、腹壁等）");
        var cholangiography = Catalogue.Procedure(Shipped, "经皮肝穿胆道造影术");
        Assert.Equal(SurgicalGrade.Grade1, biopsy.Grade);
        Assert.Equal(SurgicalGrade.Grade1, cholangiography.Grade);
        Assert.Equal(new[] { 4 }, biopsy.Specialties.AsArray());
        Assert.Equal(new[] { 4 }, cholangiography.Specialties.AsArray());

        var lymph = Catalogue.Procedure(Shipped, "淋巴结构的活组织检查（颈部、锁骨上、腋窝、腹股沟、颌下、纵隔等）");
        Assert.Equal(SurgicalGrade.Grade2, lymph.Grade);
        Assert.Equal(new[] { 4 }, lymph.Specialties.AsArray());

        var tips = Catalogue.Procedure(Shipped, "经颈静脉肝内门体分流术（TIPS）");
        Assert.Equal(new[] { 3, 4 }, tips.Specialties.AsArray());
    }

    private static int SpecialtyAt(int line) => Official.Specialties.Last(s => s.Line < line).Order;

    private static SurgicalGrade GradeAt(int line)
    {
        var specialtyLine = Official.Specialties.Last(s => s.Line < line).Line;
        var heading = Official.Lines.Last(l => l.Kind == LineKind.GradeHeading && l.Line < line && l.Line > specialtyLine);
        Assert.True(SurgicalGrades.TryParseLabel(OfficialLines[heading.Line - 1], out var grade));
        return grade;
    }
}
