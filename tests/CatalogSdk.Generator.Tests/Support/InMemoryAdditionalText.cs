using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Generator.Tests.Support;

/// <summary>An additional file held in memory, decoded as the compiler would decode a UTF-8 file.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text, Encoding? encoding = null)
    {
        Path = path;
        _text = SourceText.From(text, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
