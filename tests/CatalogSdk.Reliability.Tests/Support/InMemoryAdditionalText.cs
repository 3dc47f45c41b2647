using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>An additional file held in memory, with the text and encoding the compiler would hand the generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public InMemoryAdditionalText(string path, string text, Encoding? encoding = null)
        : this(path, SourceText.From(text, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
    {
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
