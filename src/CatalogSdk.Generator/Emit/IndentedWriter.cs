using System.Globalization;
using System.Text;

namespace CatalogSdk.Generator.Emit;

/// <summary>
/// A small writer for generated code: one indent level per block, <c>\n</c> line endings. A line is written whole
/// with <see cref="Line"/>, or in parts straight into the builder: <see cref="Start"/>, <c>Append</c>…,
/// <see cref="EndLine"/>.
/// </summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public IndentedWriter(int capacity = 4096)
    {
        _builder = new StringBuilder(capacity);
    }

    /// <summary>A writer that appends to <paramref name="builder"/>.</summary>
    public IndentedWriter(StringBuilder builder)
    {
        _builder = builder;
    }

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line written in parts: the indent.</summary>
    public IndentedWriter Start()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public IndentedWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public IndentedWriter Append(char c)
    {
        _builder.Append(c);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> in the invariant culture (see <see cref="AppendInvariant"/>).</summary>
    public IndentedWriter Append(int value)
    {
        AppendInvariant(_builder, value);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> in the invariant culture; the digits of a value that is not negative are written without a string.</summary>
    public static StringBuilder AppendInvariant(StringBuilder builder, int value)
    {
        if (value < 0)
        {
            return builder.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        var divisor = 1;
        while (value / divisor >= 10)
        {
            divisor *= 10;
        }

        for (; divisor > 0; divisor /= 10)
        {
            builder.Append((char)('0' + value / divisor % 10));
        }

        return builder;
    }

    /// <summary>Appends <paramref name="value"/> as an escaped C# string literal (see <see cref="Escaping.Literal"/>).</summary>
    public IndentedWriter AppendLiteral(string? value)
    {
        Escaping.AppendLiteral(_builder, value);
        return this;
    }

    /// <summary>Appends the characters of <paramref name="value"/> as they appear inside a literal (see <see cref="Escaping.AppendLiteralContent"/>).</summary>
    public IndentedWriter AppendLiteralContent(string value)
    {
        Escaping.AppendLiteralContent(_builder, value);
        return this;
    }

    /// <summary>Appends the text of <paramref name="source"/> as XML documentation text (see <see cref="Escaping.AppendXmlDoc"/>).</summary>
    public IndentedWriter AppendXmlDoc(StringBuilder source)
    {
        Escaping.AppendXmlDoc(_builder, source);
        return this;
    }

    /// <summary>Ends a line written in parts.</summary>
    public IndentedWriter EndLine()
    {
        _builder.Append('\n');
        return this;
    }

    public IndentedWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public IndentedWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
