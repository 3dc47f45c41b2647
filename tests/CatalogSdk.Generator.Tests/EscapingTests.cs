using System.Text;
using CatalogSdk.Generator.Emit;
using Xunit;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// The emitter writes summaries, remarks and packed string literals straight into its builder; what it writes must be
/// exactly what the string forms (<see cref="Escaping.XmlDoc"/>, <see cref="Escaping.Literal"/>) give for the same text.
/// </summary>
public sealed class EscapingTests
{
    // The theories take an index: a test runner may carry theory data as UTF-8, which would replace lone surrogates.
    private static readonly string[] s_texts =
    {
        string.Empty,
        "经皮冠状动脉腔内成形术[PTCA]",
        "a & b < c > d \"quoted\" back\\slash",
        "tab\there, line\nfeed, return\r, bell\u0007",
        "pair \uD83D\uDE00 kept",
        "lone high \uD83D at the end \uD83D",
        "\uDE00 lone low first, then after a letter x\uDE00",
        "high then high \uD83D\uD83D\uDE00",
        "zero\u200Bwidth, bidi\u202E, noncharacters \uFFFE\uFFFF, private \uE000",
        "full-width （A型病变） and ideographic\u3000space",
    };

    public static TheoryData<int> Texts()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < s_texts.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void AppendXmlDoc_WritesWhatXmlDocGives(int index)
    {
        var text = s_texts[index];
        var written = new StringBuilder("before|");
        Escaping.AppendXmlDoc(written, new StringBuilder(text));
        Assert.Equal("before|" + Escaping.XmlDoc(text), written.ToString());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void AppendLiteralContent_WritesTheLiteralWithoutItsQuotes(int index)
    {
        var text = s_texts[index];
        var literal = Escaping.Literal(text);
        var written = Escaping.AppendLiteralContent(new StringBuilder(), text).ToString();
        Assert.Equal(literal.Substring(1, literal.Length - 2), written);
    }

    [Fact]
    public void PackedLiteral_IsTheLiteralOfTheStringsRunTogether()
    {
        var parts = new[] { "a\"b", "\uD83D", "\uDE00c", "\\" };
        var written = new StringBuilder("\"");
        foreach (var part in parts)
        {
            Escaping.AppendLiteralContent(written, part);
        }

        Assert.Equal(Escaping.Literal(string.Concat(parts)), written.Append('"').ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(1234567)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void AppendInvariant_WritesTheInvariantDigits(int value)
    {
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), IndentedWriter.AppendInvariant(new StringBuilder(), value).ToString());
    }
}
