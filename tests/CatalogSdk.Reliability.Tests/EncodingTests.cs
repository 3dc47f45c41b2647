using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Core.IO;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Reliability.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// Encodings: UTF-8 with and without a byte-order mark and UTF-16 in either byte order with a mark read the same
/// catalogue; GB18030 without a mark is never guessed at — it is reported (CSDK1002 from the file reader,
/// CSDK1001 or CSDK1002 from the generator, depending on how the compiler decoded it) and no code with garbled
/// names is generated.
/// </summary>
public sealed class EncodingTests
{
    private static readonly Encoding s_gb18030 = GetGb18030();

    public static TheoryData<string> Encodings => new() { "UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Unicode_encodings_read_the_same_catalogue_through_CatalogueFile(string encoding)
    {
        using var directory = new TempDirectory();
        var text = Catalogues.Shipped;
        var path = directory.WriteBytes("interventional.txt", Encode(text, encoding));

        var document = CatalogueFile.Read(path);
        var expected = CatalogueParser.Parse(path, text, "UTF-8");

        Assert.Equal(expected, document);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(172, document.Procedures.Count);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Unicode_encodings_give_the_generator_the_same_output(string encoding)
    {
        var utf8 = GeneratorHarness.Run(new[] { Additional("interventional.txt", Encode(Catalogues.Shipped, "UTF-8")) });
        var other = GeneratorHarness.Run(new[] { Additional("interventional.txt", Encode(Catalogues.Shipped, encoding)) });

        Assert.Equal(5, utf8.Sources.Length);
        Assert.Equal(utf8.Fingerprint, other.Fingerprint);
    }

    [Theory]
    [InlineData("interventional-official.txt")]
    [InlineData("interventional.txt")]
    public void GB18030_without_a_mark_is_reported_at_a_position_and_read_as_nothing_else(string file)
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes(file, s_gb18030.GetBytes(Catalogues.Read(file)));

        var document = CatalogueFile.Read(path);

        var notUtf8 = Assert.Single(document.Diagnostics, d => d.Id == "CSDK1002");
        Assert.Equal((1, 1), (notUtf8.Line, notUtf8.Column));
        Assert.Equal(CatalogueFile.NotUtf8EncodingName, notUtf8.Arguments[0]);
        Assert.Contains(document.Diagnostics, d => d.Id == "CSDK1001" && d.Line > 1);
        AssertNoGarbledNames(document.Procedures.Select(p => p.Name), file);
        Assert.Empty(LineAccounting.Problems(CatalogueFile.Decode(File.ReadAllBytes(path)).Text, document));
    }

    [Fact]
    public void GB18030_with_GBK_only_and_four_byte_characters_is_reported_too()
    {
        // 〇 and 𠮷 are outside GB2312 (a four-byte sequence for the second), 冠 is plain GBK.
        using var directory = new TempDirectory();
        var path = directory.WriteBytes("x.txt", s_gb18030.GetBytes(Catalogues.Build("冠状动脉造影术〇", "\uD842\uDFB7术")));

        var document = CatalogueFile.Read(path);

        Assert.Contains(document.Diagnostics, d => d.Id == "CSDK1002" && d.Line == 1);
        Assert.Empty(document.Procedures);
    }

    [Fact]
    public void UTF16_without_a_mark_is_reported_and_never_read_as_a_catalogue()
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes("x.txt", Encoding.Unicode.GetBytes(Catalogues.Build("冠状动脉造影术")));

        var document = CatalogueFile.Read(path);

        Assert.True(document.HasErrors);
        Assert.Contains(document.Diagnostics, d => d.Id == "CSDK1002" && d.Line == 1 && d.Column == 1);
        Assert.Empty(document.Procedures);
    }

    /// <summary>
    /// The compiler, not the generator, decodes an additional file: byte-order mark, else strict UTF-8, else a
    /// fallback. Whatever it does with GB18030 bytes, the generator reports an error at a position in the catalogue
    /// and generates nothing with a garbled name: on Linux and macOS (lossy UTF-8: CSDK1001 on every damaged line),
    /// on a Western Windows (code page 1252: CSDK1002), on a Chinese Windows (code page 936: CSDK1002, names right).
    /// </summary>
    [Theory]
    [InlineData("interventional-official.txt", "compiler")]
    [InlineData("interventional.txt", "compiler")]
    [InlineData("interventional.txt", "windows-1252")]
    [InlineData("interventional.txt", "latin1")]
    public void The_generator_reports_a_GB18030_file_at_a_position_and_generates_no_garbled_name(string file, string decodedAs)
    {
        var bytes = s_gb18030.GetBytes(Catalogues.Read(file));
        var text = decodedAs == "compiler"
            ? GeneratorHarness.DecodeAsCompiler(bytes)
            : SourceText.From(new MemoryStream(bytes), decodedAs == "latin1" ? Encoding.Latin1 : Encoding.GetEncoding(decodedAs));

        var outcome = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText(GeneratorHarness.CataloguePath(file), text) });

        Assert.Null(outcome.Exception);
        var positioned = outcome.Errors.Where(d => d.Id is "CSDK1001" or "CSDK1002").ToList();
        Assert.NotEmpty(positioned);
        Assert.All(positioned, d => Assert.Equal(GeneratorHarness.CataloguePath(file), d.Location.GetLineSpan().Path));
        if (text.Encoding?.CodePage != 65001)
        {
            Assert.Contains(outcome.Errors, d => d.Id == "CSDK1002");
        }

        var names = outcome.Output.GetTypeByMetadataName("MyHospital." + (file.StartsWith("interventional-", StringComparison.Ordinal) ? "InterventionalOfficial" : "Interventional") + ".ProcedureNames")?
            .GetMembers().OfType<IFieldSymbol>().Select(f => (string)f.ConstantValue!).ToList() ?? new List<string>();
        AssertNoGarbledNames(names, file);
    }

    /// <summary>
    /// A compiler on Chinese Windows falls back to code page 936 (GBK), which decodes most of a GB18030 file right but
    /// turns a character outside GBK into '?': the shipped catalogue's line 141 is 四级手术 followed by a no-break
    /// space, which becomes "四级手术  ??" — a procedure, not a grade heading. The build fails on CSDK1002 at (1,1),
    /// so nothing ships; but the generator still emits code from the text it was given.
    /// </summary>
    [Fact]
    public void A_GB18030_file_decoded_as_GBK_fails_the_build_with_CSDK1002_at_the_start()
    {
        var bytes = s_gb18030.GetBytes(Catalogues.Shipped);
        var text = SourceText.From(new MemoryStream(bytes), Encoding.GetEncoding(936));

        var outcome = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.txt"), text) });

        var notUtf8 = Assert.Single(outcome.Errors, d => d.Id == "CSDK1002");
        Assert.Equal(0, notUtf8.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("936", notUtf8.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Text decoded with a guessed code page is never turned into types: CSDK1002 and nothing else is the answer.</summary>
    [Fact]
    public void A_GB18030_file_decoded_as_GBK_generates_no_code()
    {
        var bytes = s_gb18030.GetBytes(Catalogues.Shipped);
        var text = SourceText.From(new MemoryStream(bytes), Encoding.GetEncoding(936));

        var outcome = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText(GeneratorHarness.CataloguePath("interventional.txt"), text) });

        Assert.Empty(outcome.Sources);
    }

    /// <summary>Every name is one of the real names of the catalogue: nothing garbled got through.</summary>
    private static void AssertNoGarbledNames(IEnumerable<string> names, string file)
    {
        var real = new HashSet<string>(CatalogueParser.Parse(file, Catalogues.Read(file), "UTF-8").Procedures.Select(p => p.Name), StringComparer.Ordinal);
        Assert.All(names, n => Assert.Contains(n, real));
    }

    private static AdditionalText Additional(string fileName, byte[] bytes) =>
        new InMemoryAdditionalText(GeneratorHarness.CataloguePath(fileName), GeneratorHarness.DecodeAsCompiler(bytes));

    internal static byte[] Encode(string text, string encoding) => encoding switch
    {
        "UTF-8" => new UTF8Encoding(false).GetBytes(text),
        "UTF-8 BOM" => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(new UTF8Encoding(false).GetBytes(text)).ToArray(),
        "UTF-16LE BOM" => new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
        "UTF-16BE BOM" => new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        "GB18030" => s_gb18030.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
