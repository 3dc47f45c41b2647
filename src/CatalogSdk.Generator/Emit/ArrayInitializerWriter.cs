namespace CatalogSdk.Generator.Emit;

/// <summary>
/// Writes an array initialiser item by item straight into an <see cref="IndentedWriter"/>, a given number of items a
/// line, followed by a blank line: <c>Item()</c> starts an item (the indent or the space before it), the caller appends
/// the item, <c>EndItem()</c> ends it. No string is made per item.
/// </summary>
internal sealed class ArrayInitializerWriter
{
    private readonly IndentedWriter _writer;
    private readonly int _perLine;
    private int _count;

    public ArrayInitializerWriter(IndentedWriter writer, string declaration, int perLine)
    {
        _writer = writer;
        _perLine = perLine;
        writer.Line(declaration);
        writer.Line("{");
    }

    /// <summary>Starts the next item; append the item to the writer returned, then call <see cref="EndItem"/>.</summary>
    public IndentedWriter Item() => _count % _perLine == 0 ? _writer.Start().Append("    ") : _writer.Append(' ');

    /// <summary>Ends the item: its comma, and the line break after every <c>perLine</c> items.</summary>
    public void EndItem()
    {
        _writer.Append(',');
        if (++_count % _perLine == 0)
        {
            _writer.EndLine();
        }
    }

    /// <summary>Ends the last line and the initialiser.</summary>
    public void Close()
    {
        if (_count % _perLine != 0)
        {
            _writer.EndLine();
        }

        _writer.Line("};");
        _writer.Line();
    }
}
