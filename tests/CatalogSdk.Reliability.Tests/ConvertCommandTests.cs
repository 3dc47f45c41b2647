using System;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Core.IO;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Reliability.Tests.Support;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// <c>catalog convert</c>: a GB18030/GBK file becomes UTF-8 without a byte-order mark, in place (temporary file and
/// rename) or to --output; a file that is already UTF-8 is left alone with exit code 0; bytes that are not GB18030
/// stop the conversion at their line, and nothing is written.
/// </summary>
public sealed class ConvertCommandTests
{
    private static readonly Encoding s_gb18030 = GetGb18030();
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Theory]
    [InlineData("interventional-official.txt")]
    [InlineData("interventional.txt")]
    public void A_GB18030_file_is_converted_in_place_to_UTF8_without_a_mark(string file)
    {
        using var directory = new TempDirectory();
        var text = Catalogues.Read(file);
        var path = directory.WriteBytes(file, s_gb18030.GetBytes(text));
        Assert.Contains(CatalogueFile.Read(path).Diagnostics, d => d.Id == "CSDK1002");

        var result = CatalogTool.Run("convert", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(s_utf8.GetBytes(text), File.ReadAllBytes(path));
        Assert.Contains("GB18030", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(new[] { file }, directory.FileNames());
        Assert.Equal(CatalogueParser.Parse(path, text, "UTF-8"), CatalogueFile.Read(path));
    }

    [Fact]
    public void The_converted_shipped_catalogue_reads_without_a_diagnostic_and_the_tool_says_so()
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes("interventional.txt", s_gb18030.GetBytes(Catalogues.Shipped));

        var result = CatalogTool.Run("convert", path, "--from", "gbk");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(CatalogueFile.Read(path).Diagnostics);
        Assert.Contains("0 errors, 0 warnings", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void With_output_the_source_is_left_untouched()
    {
        using var directory = new TempDirectory();
        var text = Catalogues.Build("冠状动脉造影术〇", "\uD842\uDFB7术", "经皮穿刺活检术（€）"); // GBK-only, four-byte and euro sign
        var source = s_gb18030.GetBytes(text);
        var path = directory.WriteBytes("gbk.txt", source);
        var output = directory.Combine("utf8.txt");

        var result = CatalogTool.Run("convert", path, "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(source, File.ReadAllBytes(path));
        Assert.Equal(s_utf8.GetBytes(text), File.ReadAllBytes(output));
        Assert.Equal(new[] { "gbk.txt", "utf8.txt" }, directory.FileNames());
    }

    [Fact]
    public void Line_ends_are_kept_as_they_are()
    {
        using var directory = new TempDirectory();
        var text = "目录\r\n（一）综合介入诊疗手术分级目录\r一级手术\n经皮穿刺活检术\r\n";
        var path = directory.WriteBytes("x.txt", s_gb18030.GetBytes(text));

        Assert.Equal(0, CatalogTool.Run("convert", path).ExitCode);

        Assert.Equal(s_utf8.GetBytes(text), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("UTF-8")]
    [InlineData("UTF-8 BOM")]
    [InlineData("ASCII")]
    [InlineData("empty")]
    public void A_file_that_is_already_UTF8_is_left_alone_with_exit_code_0(string kind)
    {
        using var directory = new TempDirectory();
        var bytes = kind switch
        {
            "ASCII" => Encoding.ASCII.GetBytes("(1) catalogue\n"),
            "empty" => Array.Empty<byte>(),
            _ => EncodingTests.Encode(Catalogues.Shipped, kind),
        };
        var path = directory.WriteBytes("x.txt", bytes);
        var before = File.GetLastWriteTimeUtc(path);

        var result = CatalogTool.Run("convert", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("already UTF-8", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("已是 UTF-8", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(before, File.GetLastWriteTimeUtc(path));
        Assert.Equal(new[] { "x.txt" }, directory.FileNames());
    }

    [Theory]
    [InlineData("UTF-16LE BOM")]
    [InlineData("UTF-16BE BOM")]
    public void A_UTF16_file_with_a_mark_is_converted_from_what_its_mark_says(string kind)
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes("x.txt", EncodingTests.Encode(Catalogues.Shipped, kind));

        var result = CatalogTool.Run("convert", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(kind.Substring(0, 8), result.Stdout, StringComparison.Ordinal);
        Assert.Equal(s_utf8.GetBytes(Catalogues.Shipped), File.ReadAllBytes(path));
    }

    [Fact]
    public void Bytes_that_are_not_GB18030_stop_the_conversion_at_their_line_and_nothing_is_written()
    {
        using var directory = new TempDirectory();
        var good = s_gb18030.GetBytes("目录\n（一）综合介入诊疗手术分级目录\n一级手术\n");
        var bytes = good.Concat(new byte[] { 0xBE, 0xAD, 0xFF, 0x0A }).ToArray(); // 经, then a lone 0xFF on line 4
        var path = directory.WriteBytes("bad.txt", bytes);

        var result = CatalogTool.Run("convert", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Line 4 (byte " + (good.Length + 2) + ") is not valid GB18030", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith(path + ": error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(new[] { "bad.txt" }, directory.FileNames());
    }

    [Fact]
    public void A_UTF8_mark_over_bytes_that_are_not_UTF8_is_refused()
    {
        using var directory = new TempDirectory();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(s_gb18030.GetBytes(Catalogues.Build("冠状动脉造影术"))).ToArray();
        var path = directory.WriteBytes("x.txt", bytes);

        var result = CatalogTool.Run("convert", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_missing_file_a_directory_and_an_unknown_encoding_fail_cleanly()
    {
        using var directory = new TempDirectory();

        var missing = CatalogTool.Run("convert", directory.Combine("missing.txt"));
        var folder = CatalogTool.Run("convert", directory.Path);
        var unknown = CatalogTool.RunProgram("convert", directory.Write("x.txt", "x"), "--from", "big5");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("File not found", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, folder.ExitCode);
        Assert.Contains("directory", folder.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("big5", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_that_cannot_be_written_fails_and_leaves_no_temporary_file()
    {
        using var directory = new TempDirectory();
        var source = s_gb18030.GetBytes(Catalogues.Build("冠状动脉造影术"));
        var path = directory.WriteBytes("gbk.txt", source);
        var blocked = Directory.CreateDirectory(directory.Combine("out.txt")).FullName; // a directory where the file should go

        var result = CatalogTool.Run("convert", path, "--output", blocked);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot write the file", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(source, File.ReadAllBytes(path));
        Assert.Equal(new[] { "gbk.txt", "out.txt" }, directory.FileNames());
        Assert.Empty(Directory.GetFileSystemEntries(blocked));
    }

    [Fact]
    public void Convert_is_listed_in_the_help()
    {
        var result = CatalogTool.RunProgram("--help");

        Assert.Contains("convert", result.Stdout, StringComparison.Ordinal);
    }

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
