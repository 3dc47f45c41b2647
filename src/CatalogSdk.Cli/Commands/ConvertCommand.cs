using System;
using System.CommandLine;
using System.IO;
using System.Security;
using System.Text;
using CatalogSdk.Cli.Output;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Cli.Commands;

/// <summary>
/// <c>catalog convert &lt;file&gt; [--from gb18030|gbk|gb2312] [--output &lt;path&gt;]</c>: re-encodes a GB18030/GBK
/// catalogue file as UTF-8 without a byte-order mark, the encoding the generator reads. In place (through a
/// temporary file in the same folder and a rename, so an interruption never leaves a half-written file) or to
/// <c>--output</c>. A file that is already UTF-8 is left alone (exit code 0). The bytes are decoded strictly: a byte
/// that is not GB18030 stops the conversion with its line and byte position, and nothing is written. A UTF-16 file
/// with a byte-order mark is converted from UTF-16, which its mark declares. Line ends are kept as they are.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>The encodings <c>--from</c> accepts. All decode as GB18030, which contains GBK and GB2312.</summary>
    public static readonly string[] SourceEncodings = { "gb18030", "gbk", "gb2312" };

    private static readonly Lazy<Encoding> s_gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = Texts.ConvertFileDescription };
        FileArguments.RejectUnknownOptions(file);
        var from = new Option<string>("--from")
        {
            Description = Texts.ConvertFromDescription,
            DefaultValueFactory = _ => SourceEncodings[0],
            HelpName = string.Join("|", SourceEncodings),
        };
        from.AcceptOnlyFromAmong(SourceEncodings);
        var output = new Option<string?>("--output", "-o") { Description = Texts.ConvertOutputDescription, HelpName = "path" };
        var command = new Command("convert", Texts.ConvertDescription) { file, from, output };
        command.SetAction(parseResult => Execute(
            CommandOutput.From(parseResult),
            parseResult.GetValue(file)!,
            parseResult.GetValue(from) ?? SourceEncodings[0],
            parseResult.GetValue(output)));
        return command;
    }

    /// <summary>Converts <paramref name="path"/>; returns the exit code.</summary>
    public static int Execute(CommandOutput output, string path, string from, string? outputPath)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                output.ErrorLine(DiagnosticFormatter.FormatFileError(path, Texts.IsDirectory));
                return ExitCodes.Failure;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            output.ErrorLine(DiagnosticFormatter.FormatFileError(path, Texts.FileNotFound));
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            output.ErrorLine(DiagnosticFormatter.FormatFileError(path, Texts.CannotRead(ex.Message)));
            return ExitCodes.Failure;
        }

        string text;
        string sourceName;
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            if (!IsUtf8(bytes, 3))
            {
                output.ErrorLine(DiagnosticFormatter.FormatFileError(path, Texts.ConvertBadUtf8WithBom));
                return ExitCodes.Failure;
            }

            output.Line(Texts.AlreadyUtf8(path));
            return ExitCodes.Success;
        }
        else if (StartsWith(bytes, 0xFF, 0xFE) || StartsWith(bytes, 0xFE, 0xFF))
        {
            var littleEndian = bytes[0] == 0xFF;
            sourceName = littleEndian ? "UTF-16LE" : "UTF-16BE";
            try
            {
                text = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                output.ErrorLine(DiagnosticFormatter.FormatFileError(path, Texts.ConvertBadUtf16(sourceName)));
                return ExitCodes.Failure;
            }
        }
        else if (IsUtf8(bytes, 0))
        {
            output.Line(Texts.AlreadyUtf8(path));
            return ExitCodes.Success;
        }
        else
        {
            sourceName = "GB18030";
            if (!TryDecodeGb18030(bytes, out text, out var badByte))
            {
                output.ErrorLine(DiagnosticFormatter.FormatFileError(path, Texts.ConvertNotGb18030(LineOf(bytes, badByte), badByte, from)));
                return ExitCodes.Failure;
            }
        }

        var target = outputPath ?? path;
        try
        {
            WriteAtomically(target, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            output.ErrorLine(DiagnosticFormatter.FormatFileError(target, Texts.CannotWrite(ex.Message)));
            return ExitCodes.Failure;
        }

        output.Line(Texts.Converted(path, sourceName, target));

        // The bytes decoded, but a file in another legacy encoding (Big5, Shift-JIS) also decodes, to wrong characters:
        // show at once what the converted catalogue looks like to the parser.
        var tally = new DiagnosticTally();
        foreach (var diagnostic in CatalogueParser.Parse(target, text, "UTF-8").Diagnostics)
        {
            tally.Add(diagnostic);
        }

        output.Line(Texts.ConvertedCheck(tally.Summary, target));
        return ExitCodes.Success;
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUtf8(byte[] bytes, int start)
    {
        try
        {
            s_strictUtf8.GetCharCount(bytes, start, bytes.Length - start);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Decodes strictly; on failure, <paramref name="badByte"/> is the offset of the first byte that is not GB18030.</summary>
    private static bool TryDecodeGb18030(byte[] bytes, out string text, out int badByte)
    {
        try
        {
            text = s_gb18030.Value.GetString(bytes);
            badByte = -1;
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            badByte = FirstBadByte(bytes);
            return false;
        }
    }

    /// <summary>The offset of the first byte at which decoding fails, fed to a decoder one byte at a time.</summary>
    private static int FirstBadByte(byte[] bytes)
    {
        var decoder = s_gb18030.Value.GetDecoder();
        var chars = new char[8];
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: i == bytes.Length - 1);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return bytes.Length;
    }

    /// <summary>The 1-based line of byte <paramref name="offset"/>. Line-break bytes are never part of a GB18030 sequence.</summary>
    private static int LineOf(byte[] bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to a temporary file beside <paramref name="target"/>, then renames it over the
    /// target: an interrupted conversion leaves the old file whole, and no temporary file stays behind.
    /// </summary>
    private static void WriteAtomically(string target, byte[] bytes)
    {
        var full = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
