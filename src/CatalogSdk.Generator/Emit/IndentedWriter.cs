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

    public IndentedWriter Append(int value)
    {
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as an escaped C# string literal (see <see cref="Escaping.Literal"/>).</summary>
    public IndentedWriter AppendLiteral(string? value)
    {
        Escaping.AppendLiteral(_builder, value);
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
