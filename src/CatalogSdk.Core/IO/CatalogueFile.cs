using System.IO;
using System.Text;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Core.IO;

/// <summary>
/// Reads catalogue files from disk: detects the encoding from the byte-order mark, decodes strictly as UTF-8
/// otherwise, and hands the text to <see cref="CatalogueParser"/>. A file that is not valid UTF-8 (typically
/// GBK/GB18030 without a byte-order mark) is decoded lossily and reported by the parser (CSDK1002, and
/// CSDK1001 on each line that holds undecodable bytes); it is never guessed at.
/// </summary>
public static class CatalogueFile
{
    /// <summary>The encoding name reported when the bytes are not valid UTF-8 and have no byte-order mark.</summary>
    public const string NotUtf8EncodingName = "non-UTF-8 (GBK/GB18030?)";

    /// <summary>The encoding name of UTF-8 text, with or without a byte-order mark.</summary>
    public const string Utf8EncodingName = "UTF-8";

    /// <summary>The encoding name of UTF-16 little-endian text (byte-order mark FF FE).</summary>
    public const string Utf16LittleEndianEncodingName = "UTF-16LE";

    /// <summary>The encoding name of UTF-16 big-endian text (byte-order mark FE FF).</summary>
    public const string Utf16BigEndianEncodingName = "UTF-16BE";

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding s_lossyUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Reads and parses the catalogue at <paramref name="path"/>. Never throws for the file's content: every
    /// problem in it is a diagnostic of the returned document. I/O errors (a missing file, a directory, no
    /// permission) are thrown as the usual <see cref="IOException"/> and related exceptions.
    /// </summary>
    /// <param name="path">The file to read; also the path the diagnostics carry.</param>
    public static CatalogueDocument Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var (text, encodingName) = Decode(bytes);
        return CatalogueParser.Parse(path, text, encodingName);
    }

    /// <summary>
    /// Decodes catalogue bytes. A UTF-8 byte-order mark (EF BB BF) means UTF-8, FF FE UTF-16 little-endian,
    /// FE FF UTF-16 big-endian; the mark is not part of the returned text. Without a mark the bytes must be
    /// valid UTF-8; when they are not, they are decoded lossily as UTF-8 (undecodable bytes become U+FFFD) and
    /// the encoding name returned is <see cref="NotUtf8EncodingName"/>, which
    /// <see cref="CatalogueParser.Parse"/> reports as CSDK1002.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The text and the name of the encoding it was decoded with.</returns>
    public static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        bytes ??= new byte[0];

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            // The mark declares UTF-8: bytes that do not decode are damage within lines (CSDK1001), not another encoding.
            return (s_lossyUtf8.GetString(bytes, 3, bytes.Length - 3), Utf8EncodingName);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Utf16LittleEndianEncodingName);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Utf16BigEndianEncodingName);
        }

        try
        {
            return (s_strictUtf8.GetString(bytes), Utf8EncodingName);
        }
        catch (DecoderFallbackException)
        {
            return (s_lossyUtf8.GetString(bytes), NotUtf8EncodingName);
        }
    }
}
