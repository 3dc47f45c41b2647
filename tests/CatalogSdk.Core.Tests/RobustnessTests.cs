using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Core.Tests.Support;

namespace CatalogSdk.Core.Tests;

/// <summary>The parser never throws, and its model does not depend on line endings or a byte-order mark.</summary>
public class RobustnessTests
{
    [Fact]
    public void Empty_text_is_one_blank_line_and_an_empty_catalogue()
    {
        var document = CatalogueParser.Parse(Catalogue.Path, string.Empty);

        Assert.Equal(new[] { new LineRecord(1, LineKind.Blank) }, document.Lines);
        Assert.Null(document.Title);
        Assert.Empty(document.Specialties);
        Assert.Empty(document.Procedures);
        Catalogue.AssertIds(document, "CSDK1014");
    }

    [Fact]
    public void Null_path_and_text_are_treated_as_empty()
    {
        var document = CatalogueParser.Parse(null!, null!);

        Assert.Equal(string.Empty, document.FilePath);
        Assert.Equal(new[] { new LineRecord(1, LineKind.Blank) }, document.Lines);
        Catalogue.AssertIds(document, "CSDK1014");
    }

    [Theory]
    [InlineData("   ", 1)]
    [InlineData(" \t\n\u3000\u00A0\r\n\r", 3)]
    [InlineData("\n\n\n", 3)]
    [InlineData("\r\n\r\n", 2)]
    [InlineData("\u2028\u2029\u0085", 1)] // Unicode line and paragraph separators are whitespace, not line breaks
    public void Whitespace_only_text_is_blank_lines_and_an_empty_catalogue(string text, int lines)
    {
        var document = CatalogueParser.Parse(Catalogue.Path, text);

        Assert.Equal(lines, document.Lines.Count);
        Assert.All(document.Lines, l => Assert.Equal(LineKind.Blank, l.Kind));
        Catalogue.AssertIds(document, "CSDK1014");
    }

    [Fact]
    public void A_final_line_break_does_not_add_a_line()
    {
        var without = Catalogue.Parse("目录", "（一）心血管疾病介入诊疗手术分级目录", "一级手术", "人工起搏器功能检查");
        var with = CatalogueParser.Parse(Catalogue.Path, "目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n人工起搏器功能检查\n", "UTF-8");

        Assert.Equal(4, without.Lines.Count);
        Assert.Equal(without, with);
    }

    public static IEnumerable<object[]> Files() => new[]
    {
        new object[] { "interventional-official.txt" },
        new object[] { "interventional.txt" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void CRLF_LF_and_CR_give_the_same_model_apart_from_offsets(string file)
    {
        var lf = Catalogue.ReadTestData(file);
        Assert.DoesNotContain("\r", lf, StringComparison.Ordinal);
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        var cr = lf.Replace("\n", "\r", StringComparison.Ordinal);
        var mixed = MixLineEndings(lf);

        var expected = WithoutOffsets(CatalogueParser.Parse(file, lf, "UTF-8"));
        foreach (var text in new[] { crlf, cr, mixed })
        {
            var document = CatalogueParser.Parse(file, text, "UTF-8");
            Assert.Equal(expected, WithoutOffsets(document));

            // The offsets are right for the text as given.
            Assert.All(document.Procedures, p => Assert.Equal(p.Name, text.Substring(p.Span.Offset, p.Span.Length)));
            Catalogue.AssertEveryLineAccountedFor(text, document);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Byte_order_mark_at_the_start_changes_nothing_but_offsets(string file)
    {
        var text = Catalogue.ReadTestData(file);
        var plain = CatalogueParser.Parse(file, text, "UTF-8");
        var marked = CatalogueParser.Parse(file, "\uFEFF" + text, "UTF-8");

        Assert.Equal(WithoutOffsets(plain), WithoutOffsets(marked));
        Assert.Equal(plain.Procedures.Select(p => p.Span.Offset + 1), marked.Procedures.Select(p => p.Span.Offset));
        Assert.Equal(plain.Title, marked.Title);
    }

    [Fact]
    public void Byte_order_mark_at_the_start_is_not_a_column_of_the_first_line()
    {
        // The mark is not something a reader sees: columns start after it, offsets still count it.
        var document = CatalogueParser.Parse(Catalogue.Path, "\uFEFF说明\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n人工起搏器功能检查", "UTF-8");

        var diagnostic = Catalogue.Single(document, "CSDK1003");
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(1, diagnostic.Column);
        Assert.Equal(1, diagnostic.Offset);
    }

    [Fact]
    public void Byte_order_mark_after_the_start_is_an_invisible_character()
    {
        var document = CatalogueParser.Parse(Catalogue.Path, "\uFEFF\uFEFF目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n人工起搏器功能检查", "UTF-8");

        var diagnostic = Catalogue.Single(document, "CSDK1018");
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal(1, diagnostic.Offset);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 1));
    }

    [Fact]
    public void Procedure_line_at_the_length_limit_is_one_procedure()
    {
        var name = new string('造', CatalogueParser.MaxLineLength - 1) + "术";
        var document = Catalogue.WithHeader("  " + name + "  ");

        // Only the identifier is shortened (and reported); the name is kept whole.
        Catalogue.AssertIds(document, "CSDK1021");
        var procedure = Assert.Single(document.Procedures);
        Assert.Equal(name, procedure.Name);
        Assert.Equal(name.Length, procedure.Span.Length);
        Assert.Equal(3, procedure.Span.Column);
    }

    [Fact]
    public void Procedure_line_over_the_length_limit_is_rejected_with_CSDK1024()
    {
        var name = string.Concat(Enumerable.Repeat("冠状动脉造影", 20_000)) + "术";
        var document = Catalogue.WithHeader("  " + name + "  ");

        var diagnostic = Catalogue.Single(document, "CSDK1024");
        Catalogue.AssertAt(diagnostic, "CSDK1024", CatalogueSeverity.Error, 4, 3);
        Assert.Empty(document.Procedures);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 4));
    }

    [Fact]
    public void Very_long_lines_of_every_kind_are_accounted_for()
    {
        var lines = new[]
        {
            "目录",
            "（一）心血管疾病介入诊疗手术分级目录",
            "三级手术",
            new string('、', 100_000),
            "甲（" + new string('乙', 100_000),
            new string('）', 100_000),
            string.Concat(Enumerable.Repeat("术后", 50_000)) + "造影",
            string.Concat(Enumerable.Repeat("A1-", 50_000)),
            "冠状动脉造影术 @abbr " + new string('X', 100_000),
            "# " + new string('注', 100_000),
            new string(' ', 100_000),
        };
        var text = string.Join("\n", lines);

        var document = CatalogueParser.Parse(Catalogue.Path, text, "UTF-8");

        Catalogue.AssertEveryLineAccountedFor(text, document);
        Assert.Equal(
            Enumerable.Repeat("CSDK1024", 7),
            document.Diagnostics.Where(d => d.Severity == CatalogueSeverity.Error && d.Id != "CSDK1014").Select(d => d.Id));
        Assert.Equal(Enumerable.Range(4, 7), document.Diagnostics.Where(d => d.Id == "CSDK1024").Select(d => d.Line));
        Assert.Empty(document.Procedures);
        Assert.Equal(LineKind.Rejected, Catalogue.KindOf(document, 10));
        Assert.Equal(LineKind.Blank, Catalogue.KindOf(document, 11));
    }

    [Fact]
    public void Many_lines_are_accounted_for()
    {
        var builder = new StringBuilder("目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n");
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append("造影术").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        var text = builder.ToString();
        var document = CatalogueParser.Parse(Catalogue.Path, text, "UTF-8");

        Assert.Equal(20_000, document.Procedures.Count);
        Assert.Equal(20_003, document.Lines.Count);
        Assert.Equal("造影术19999", document.Procedures[19_999].Name);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => CatalogueParser.Parse(Catalogue.Path, Catalogue.ReadTestData("interventional.txt"), "UTF-8", source.Token));
    }

    private static readonly string[] Fragments =
    {
        "冠状动脉", "造影", "术", "术后", "活检", "检查", "和", "及", "其他", "新技术", "目录", "介入诊疗手术分级目录",
        "（一）", "(二)", "（三）", "［四］", "（十二）", "（）", "一级手术", "四级手术", "五级手术", "手术三级", "三級手術", "级",
        "（", "）", "(", ")", "[", "]", "【", "】", "〔", "〕", "、", "，", "/", "：", "-", "—",
        "@", "＠", "@abbr", "@abbr PTCA", "@缩写", "@code", "@code 1", "@兜底", "@catch-all", "@foo", "#", "＃",
        "PTCA", "(IVUS)", "[CRT-D]", "（A型病变）", "class", "3D", "_", "value__",
        " ", "\t", "\u3000", "\u00A0", "\u200B", "\u202E", "\u2066", "\uFEFF", "\uFFFD", "\u0000", "\u0001", "\u007F", "\u0085",
        "\uD800", "\uDC00", "\U00020000", "\u2028",
    };

    [Fact]
    public void Random_garbage_never_throws_and_keeps_every_invariant()
    {
        var random = new Random(20240601);
        for (var n = 0; n < 400; n++)
        {
            var text = RandomText(random);
            CatalogueDocument document;
            try
            {
                document = CatalogueParser.Parse("garbage.txt", text, n % 7 == 0 ? "GBK" : null);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"input #{n} threw {ex}: {Escape(text)}");
            }

            try
            {
                AssertInvariants(text, document);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"input #{n} broke an invariant: {Escape(text)}\n{ex.Message}");
            }
        }
    }

    private static void AssertInvariants(string text, CatalogueDocument document)
    {
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "CSDK9001");
        Catalogue.AssertEveryLineAccountedFor(text, document);

        var lineCount = document.Lines.Count;
        foreach (var d in document.Diagnostics)
        {
            Assert.Equal(d.Id, DiagnosticDescriptors.Get(d.Id).Id);
            Assert.InRange(d.Line, 1, lineCount);
            Assert.True(d.Column >= 1);
            Assert.True(d.Offset >= 0 && d.Offset + d.Length <= text.Length);
            Assert.False(string.IsNullOrEmpty(d.Message));
        }

        var orders = document.Specialties.Select(s => s.Order).ToList();
        Assert.Equal(orders.Count, orders.Distinct().Count());
        Assert.Equal(orders.Count, document.Specialties.Select(s => s.Identifier).Distinct().Count());
        Assert.All(document.Specialties, s => Assert.True(Identifiers.IsValid(s.Identifier), s.Identifier));

        Assert.Equal(Enumerable.Range(1, document.Procedures.Count), document.Procedures.Select(p => p.Id));
        Assert.Equal(document.Procedures.Count, document.Procedures.Select(p => p.Key).Distinct().Count());
        Assert.Equal(document.Procedures.Count, document.Procedures.Select(p => p.Identifier).Distinct().Count());
        foreach (var p in document.Procedures)
        {
            Assert.True(SurgicalGrades.IsDefined(p.Grade));
            Assert.NotEmpty(p.Key);
            Assert.Equal(CatalogueText.ToKey(p.Name), p.Key);
            Assert.True(Identifiers.IsValid(p.Identifier), p.Identifier);
            Assert.NotEmpty(p.Specialties);
            Assert.All(p.Specialties, s => Assert.Contains(s, orders));
            Assert.Contains(p.Line, p.Lines);
            Assert.Equal(p.Name, text.Substring(p.Span.Offset, p.Span.Length));
        }

        Assert.Equal(document, CatalogueParser.Parse(document.FilePath, text, document.Diagnostics.Any(d => d.Id == "CSDK1002") ? "GBK" : null));
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(3) == 0)
        {
            builder.Append("介入诊疗手术分级目录\n（一）心血管疾病介入诊疗手术分级目录\n三级手术\n");
        }

        var lines = random.Next(0, 25);
        for (var l = 0; l < lines; l++)
        {
            var pieces = random.Next(0, 8);
            for (var p = 0; p < pieces; p++)
            {
                builder.Append(random.Next(10) == 0 ? (char)random.Next(0, 0x10000) : Fragments[random.Next(Fragments.Length)]);
            }

            builder.Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
        }

        return builder.ToString();
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c < 0x20 || c > 0x7E ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.ToString();
    }

    private static string MixLineEndings(string lf)
    {
        var builder = new StringBuilder();
        var n = 0;
        foreach (var c in lf)
        {
            if (c == '\n')
            {
                // LF, CR, CRLF in turn: a CR is never followed by a blank line's LF, which would make one CRLF.
                builder.Append((n++ % 3) switch { 0 => "\n", 1 => "\r", _ => "\r\n" });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static CatalogueDocument WithoutOffsets(CatalogueDocument document) => document with
    {
        Procedures = EquatableArray.From(document.Procedures.Select(p => p with { Span = p.Span with { Offset = 0 } })),
        Diagnostics = EquatableArray.From(document.Diagnostics.Select(d => d with { Offset = 0 })),
    };
}
