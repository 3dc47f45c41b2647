using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CatalogSdk.Generator.Tests.Support;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// The same catalogue gives the same bytes on every run, every machine and every culture, whatever line endings
/// the catalogue was saved with: generated code never churns in a diff, and a CI build matches a developer's.
/// (Across processes, the approved snapshots pin the bytes: see <see cref="SnapshotTests"/>.)
/// </summary>
public sealed class DeterminismTests
{
    [Theory]
    [MemberData(nameof(FixtureCases.All), MemberType = typeof(FixtureCases))]
    public void GeneratingTwice_GivesByteIdenticalSources(string fixture)
    {
        var first = Snapshot(GeneratorDriverHelper.Run(FixtureCases.Get(fixture)));
        var second = Snapshot(GeneratorDriverHelper.Run(FixtureCases.Get(fixture)));

        Assert.Equal(5, first.Length);
        Assert.Equal(first, second);
    }

    /// <summary>
    /// The order of additional files follows the project file and the file system; it must not decide anything,
    /// not even which of two catalogues in one namespace gets the error.
    /// </summary>
    [Fact]
    public void OrderOfTheAdditionalFiles_DoesNotChangeTheOutput()
    {
        var files = new[]
        {
            TestFile.Catalogue("abbreviations.txt", Fixtures.Abbreviations),
            TestFile.Catalogue("identifiers.txt", Fixtures.Identifiers),
            new TestFile("/src/MyHospital/more/catalog/Abbreviations.txt", Fixtures.TwoSpecialties), // same default namespace
        }.Concat(Fixtures.ShippedWithLock).ToArray();

        var forward = GeneratorDriverHelper.Run(files);
        var reversed = GeneratorDriverHelper.Run(files.Reverse().ToArray());

        Assert.Contains(forward.GeneratorDiagnostics, d => d.Id == "CSDK9002");
        Assert.Equal(15, forward.Sources.Count);
        Assert.Equal(Snapshot(forward), Snapshot(reversed));
        Assert.Equal(Describe(forward).OrderBy(d => d, StringComparer.Ordinal), Describe(reversed).OrderBy(d => d, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FixtureCases.All), MemberType = typeof(FixtureCases))]
    public void LineEndingsOfTheCatalogue_DoNotChangeTheGeneratedSources(string fixture)
    {
        var files = FixtureCases.Get(fixture);
        Assert.All(files, f => Assert.Contains("\n", f.Text));

        var fromLf = GeneratorDriverHelper.Run(files.Select(f => f with { Text = ToLf(f.Text) }).ToArray());
        var fromCrLf = GeneratorDriverHelper.Run(files.Select(f => f with { Text = ToLf(f.Text).Replace("\n", "\r\n") }).ToArray());

        Assert.Equal(Snapshot(fromLf), Snapshot(fromCrLf));
        Assert.Equal(Describe(fromLf), Describe(fromCrLf));
    }

    [Theory]
    [MemberData(nameof(FixtureCases.All), MemberType = typeof(FixtureCases))]
    public void GeneratedSources_UseLfLineEndingsOnly(string fixture)
    {
        var files = FixtureCases.Get(fixture);
        var run = GeneratorDriverHelper.Run(files.Select(f => f with { Text = ToLf(f.Text).Replace("\n", "\r\n") }).ToArray());

        Assert.NotEmpty(run.Sources);

        Assert.All(run.Sources, s => Assert.DoesNotContain('\r', s.SourceText.ToString()));
    }

    [Theory]
    [InlineData("tr-TR")] // dotted and dotless i: "i".ToUpper() is "İ"
    [InlineData("zh-CN")] // the users' culture: pinyin collation, Chinese number formats
    [InlineData("ar-SA")] // another calendar, right-to-left
    public void CurrentCulture_DoesNotChangeTheGeneratedSources(string culture)
    {
        // interventional.txt starts with a lower-case i, and the default namespace capitalises it.
        var project = TestProject.Latest with { RootNamespace = "integration" };
        var fixtures = FixtureCases.Names.Select(FixtureCases.Get).ToArray();
        var invariant = RunIn(CultureInfo.InvariantCulture, () => fixtures.Select(f => GeneratorDriverHelper.Run(project, f)).ToArray());

        var other = RunIn(CultureInfo.GetCultureInfo(culture), () =>
        {
            // The culture must really be in effect (not globalization-invariant mode), or this test proves nothing.
            Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
            if (culture == "tr-TR")
            {
                Assert.Equal("İ", "i".ToUpper());
            }

            return fixtures.Select(f => GeneratorDriverHelper.Run(project, f)).ToArray();
        });

        Assert.Contains("integration.Interventional.Catalogue.g.cs", invariant[0].HintNames);
        for (var i = 0; i < fixtures.Length; i++)
        {
            Assert.Equal(Snapshot(invariant[i]), Snapshot(other[i]));
            Assert.Equal(Describe(invariant[i]), Describe(other[i]));
        }
    }

    private static string ToLf(string text) => text.Replace("\r\n", "\n");

    private static T RunIn<T>(CultureInfo culture, Func<T> action)
    {
        var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    /// <summary>Each generated file as hint name, UTF-8 bytes (hex) and checksum, in hint-name order.</summary>
    private static string[] Snapshot(GeneratorRun run) =>
        run.Sources
            .Select(s => s.HintName + "\n" + Convert.ToHexString(Encoding.UTF8.GetBytes(s.SourceText.ToString())) + "\n" + Convert.ToHexString(s.SourceText.GetChecksum().ToArray()))
            .ToArray();

    /// <summary>The generator's diagnostics, message and position, as a culture-independent string.</summary>
    private static string[] Describe(GeneratorRun run) =>
        run.GeneratorDiagnostics
            .Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture))
            .ToArray();
}
