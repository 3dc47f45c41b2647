using System;
using System.Linq;
using System.Text;
using CatalogSdk.Cli.Tests.Support;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.IO;

namespace CatalogSdk.Cli.Tests;

public sealed class CatalogueFileTests
{
    private const string Sample = "测试目录\n（一）心血管疾病介入诊疗手术分级目录\n一级手术\n冠状动脉造影术\n";

    private static byte[] WithPreamble(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [Fact]
    public void Utf8WithoutBom()
    {
        var (text, encoding) = CatalogueFile.Decode(new UTF8Encoding(false).GetBytes(Sample));

        Assert.Equal(Sample, text);
        Assert.Equal("UTF-8", encoding);
    }

    [Fact]
    public void Utf8WithBom_DropsTheBom()
    {
        var bytes = WithPreamble(new UTF8Encoding(true), Sample);
        Assert.Equal(0xEF, bytes[0]);

        var (text, encoding) = CatalogueFile.Decode(bytes);

        Assert.Equal(Sample, text);
        Assert.Equal("UTF-8", encoding);
    }

    [Fact]
    public void Utf16LittleEndianWithBom()
    {
        var bytes = WithPreamble(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), Sample);
        Assert.Equal(new byte[] { 0xFF, 0xFE }, bytes.Take(2).ToArray());

        var (text, encoding) = CatalogueFile.Decode(bytes);

        Assert.Equal(Sample, text);
        Assert.Equal("UTF-16LE", encoding);
    }

    [Fact]
    public void Utf16BigEndianWithBom()
    {
        var bytes = WithPreamble(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), Sample);
        Assert.Equal(new byte[] { 0xFE, 0xFF }, bytes.Take(2).ToArray());

        var (text, encoding) = CatalogueFile.Decode(bytes);

        Assert.Equal(Sample, text);
        Assert.Equal("UTF-16BE", encoding);
    }

    [Fact]
    public void Utf8WithBom_AndABadByte_StaysUtf8_WithAReplacementCharacter()
    {
        var bytes = WithPreamble(new UTF8Encoding(true), "一级手术\n").Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();

        var (text, encoding) = CatalogueFile.Decode(bytes);

        Assert.Equal("UTF-8", encoding);
        Assert.Equal("一级手术\n\uFFFD(\n", text);
    }

    [Fact]
    public void Empty()
    {
        var (text, encoding) = CatalogueFile.Decode(Array.Empty<byte>());

        Assert.Equal(string.Empty, text);
        Assert.Equal("UTF-8", encoding);
    }

    [Fact]
    public void Gb18030WithoutBom_IsDecodedLossily_AndNamedAsNotUtf8()
    {
        var bytes = Gb18030().GetBytes(Sample);

        var (text, encoding) = CatalogueFile.Decode(bytes);

        Assert.Equal(CatalogueFile.NotUtf8EncodingName, encoding);
        Assert.Contains('\uFFFD', text);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("utf16le")]
    [InlineData("utf16be")]
    public void Read_UnicodeFiles_ParseAlike_WithoutEncodingDiagnostics(string kind)
    {
        Encoding encoding = kind switch
        {
            "utf8" => new UTF8Encoding(false),
            "utf8-bom" => new UTF8Encoding(true),
            "utf16le" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("catalogue.txt", WithPreamble(encoding, Fixtures.Clean));

        var document = CatalogueFile.Read(path);

        Assert.Empty(document.Diagnostics);
        Assert.Equal("测试目录", document.Title);
        Assert.Equal(path, document.FilePath);
        Assert.Equal(new[] { "人工起搏器功能检查", "经皮冠状动脉腔内成形术[PTCA]" }, document.Procedures.Select(p => p.Name).ToArray());
    }

    [Fact]
    public void Read_Gb18030WithoutBom_ReportsCsdk1002()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("gbk.txt", Gb18030().GetBytes(Fixtures.Clean));

        var document = CatalogueFile.Read(path);

        Assert.True(document.HasErrors);
        var notUtf8 = Assert.Single(document.Diagnostics, d => d.Id == "CSDK1002");
        Assert.Equal(CatalogueSeverity.Error, notUtf8.Severity);
        Assert.Equal((1, 1), (notUtf8.Line, notUtf8.Column));
        Assert.Contains("GB18030", notUtf8.Message);
        Assert.Contains(document.Diagnostics, d => d.Id == "CSDK1001");
    }

    [Fact]
    public void Lint_Gb18030WithoutBom_FailsWithCsdk1002()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("gbk.txt", Gb18030().GetBytes(Fixtures.Clean));

        var result = CatalogTool.Run("lint", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => l.StartsWith(path + "(1,1): error CSDK1002: 文件不是 UTF-8 编码", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.StartsWith(path + "(2,1): error CSDK1001: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingFile_Throws()
    {
        using var dir = new TempDirectory();

        Assert.ThrowsAny<System.IO.IOException>(() => CatalogueFile.Read(dir.Combine("missing.txt")));
    }
}
