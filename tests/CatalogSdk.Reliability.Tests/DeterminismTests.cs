using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CatalogSdk.Reliability.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// Byte-identical generated output whatever the line ends (LF, CRLF, CR), with or without a byte-order mark,
/// whatever the current culture, and whatever the order of the files in the project. Checked on the shipped
/// catalogue with its lock, the official text (with its many diagnostics, whose lines and columns must not move
/// either) and a small fixture.
/// </summary>
public sealed class DeterminismTests
{
    public static TheoryData<string> Inputs => new() { "interventional.txt", "interventional-official.txt", "fixtures/two-specialties.txt" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Line_ends_do_not_change_a_byte(string file)
    {
        var lf = Catalogues.Read(file);
        Assert.DoesNotContain('\r', lf);

        var reference = Run(file, lf);
        foreach (var variant in new[] { lf.Replace("\n", "\r\n", StringComparison.Ordinal), lf.Replace("\n", "\r", StringComparison.Ordinal), Mixed(lf) })
        {
            var outcome = Run(file, variant);
            AssertSameBytes(reference, outcome);
            Assert.Equal(Positions(reference), Positions(outcome));
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_byte_order_mark_does_not_change_a_byte(string file)
    {
        var text = Catalogues.Read(file);
        var reference = Run(file, text);

        // As the compiler reads a file with a mark (the mark is not text), and as text that still starts with one.
        var fromBytes = GeneratorHarness.Run(WithLock(file, new InMemoryAdditionalText(GeneratorHarness.CataloguePath(Leaf(file)), GeneratorHarness.DecodeAsCompiler(EncodingTests.Encode(text, "UTF-8 BOM")))));
        var fromText = Run(file, "\uFEFF" + text);

        AssertSameBytes(reference, fromBytes);
        AssertSameBytes(reference, fromText);
        Assert.Equal(Positions(reference), Positions(fromText));
    }

    [Theory]
    [InlineData("tr-TR")] // dotted and dotless i
    [InlineData("zh-CN")] // the users' culture
    [InlineData("ar-SA")] // another calendar and digits, right to left
    [InlineData("")]      // invariant
    public void The_current_culture_does_not_change_a_byte(string culture)
    {
        var files = new[] { "interventional.txt", "interventional-official.txt", "fixtures/two-specialties.txt" };
        var reference = files.Select(f => Run(f, Catalogues.Read(f))).ToList();

        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        List<GeneratorOutcome> underCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            underCulture = files.Select(f => Run(f, Catalogues.Read(f))).ToList();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }

        for (var i = 0; i < files.Length; i++)
        {
            AssertSameBytes(reference[i], underCulture[i]);
            Assert.Equal(Positions(reference[i]), Positions(underCulture[i]));
        }
    }

    [Fact]
    public void The_order_of_the_files_in_the_project_does_not_change_a_byte()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.txt"), Catalogues.Shipped),
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.lock"), Catalogues.ShippedLock),
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("official.txt"), Catalogues.Official),
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("two.txt"), Catalogues.Read("fixtures/two-specialties.txt")),
            new InMemoryAdditionalText(GeneratorHarness.CataloguePath("annotations.txt"), Catalogues.Read("fixtures/annotations.txt")),
            new InMemoryAdditionalText("/src/MyHospital/other/catalog/Two.txt", Catalogues.Read("fixtures/minimal.txt")), // same namespace as two.txt
        };

        var forward = GeneratorHarness.Run(files);
        Assert.Equal(20, forward.Sources.Length);
        Assert.Contains(forward.Diagnostics, d => d.Id == "CSDK9002");
        var random = new Random(7);
        foreach (var order in new[] { Enumerable.Reverse(files).ToList(), files.OrderBy(_ => random.Next()).ToList(), files.OrderBy(_ => random.Next()).ToList() })
        {
            var other = GeneratorHarness.Run(order);
            AssertSameBytes(forward, other);
            Assert.Equal(forward.Fingerprint, other.Fingerprint);
        }
    }

    private static GeneratorOutcome Run(string file, string text) =>
        GeneratorHarness.Run(WithLock(file, new InMemoryAdditionalText(GeneratorHarness.CataloguePath(Leaf(file)), text)));

    /// <summary>The shipped catalogue runs with its lock, as it ships; the others without.</summary>
    private static IReadOnlyList<AdditionalText> WithLock(string file, AdditionalText catalogue) =>
        file == "interventional.txt"
            ? new[] { catalogue, new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.lock"), Catalogues.ShippedLock) }
            : new[] { catalogue };

    private static string Leaf(string file) => file.Substring(file.LastIndexOf('/') + 1);

    private static void AssertSameBytes(GeneratorOutcome expected, GeneratorOutcome actual)
    {
        Assert.NotEmpty(expected.Sources);
        var a = expected.SourceBytes;
        var b = actual.SourceBytes;
        Assert.Equal(a.Keys.OrderBy(k => k, StringComparer.Ordinal), b.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, bytes) in a)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(b[hint]), hint + " differs: " + FirstDifference(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(b[hint])));
        }
    }

    /// <summary>Every diagnostic by ID, file, line and column (offsets change with line ends; lines and columns must not).</summary>
    private static string[] Positions(GeneratorOutcome outcome) =>
        outcome.Diagnostics
            .Select(d => d.Id + " " + d.Location.GetLineSpan().Path + " " + d.Location.GetLineSpan().StartLinePosition + " " + d.GetMessage(CultureInfo.InvariantCulture))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

    private static string FirstDifference(string a, string b)
    {
        var lines = (a.Split('\n'), b.Split('\n'));
        for (var i = 0; i < Math.Min(lines.Item1.Length, lines.Item2.Length); i++)
        {
            if (lines.Item1[i] != lines.Item2[i])
            {
                return "line " + (i + 1) + ":\n  " + lines.Item1[i] + "\n  " + lines.Item2[i];
            }
        }

        return "lengths " + lines.Item1.Length + " and " + lines.Item2.Length;
    }

    /// <summary>LF, CRLF and CR in turn; never CR then LF across an empty line, which would be one CRLF (one line fewer).</summary>
    private static string Mixed(string lf)
    {
        var builder = new StringBuilder();
        var ends = new[] { "\n", "\r\n", "\r" };
        var lines = lf.Split('\n');
        var previous = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]);
            if (i == lines.Length - 1)
            {
                break;
            }

            var end = ends[i % 3];
            if (end == "\n" && lines[i].Length == 0 && previous == "\r")
            {
                end = "\r\n";
            }

            builder.Append(end);
            previous = end;
        }

        return builder.ToString();
    }
}
