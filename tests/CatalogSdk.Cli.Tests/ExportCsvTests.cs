using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Cli.Tests.Support;

namespace CatalogSdk.Cli.Tests;

public sealed class ExportCsvTests
{
    private const string Header = "id,name,identifier,grade,specialties,abbreviation,code,catchAll,line";

    [Fact]
    public void Fixture_IsQuotedAsRfc4180_WithCrLf_AndBom()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("csv.txt", Fixtures.ForCsv);

        var result = CatalogTool.Run("export", path, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(
            "\uFEFF" +
            Header + "\r\n" +
            "1,\"球囊扩张术,A型\",球囊扩张术_A型,1,心血管疾病,,,false,4\r\n" +
            "2,\"支架植入术\"\"B\"\"型\",支架植入术_B_型,2,心血管疾病,,00.66,false,6\r\n" +
            "3,经颈静脉肝内门体分流术（TIPS）,经颈静脉肝内门体分流术_TIPS,2,心血管疾病;外周血管,TIPS,,false,7\r\n",
            result.Stdout);
    }

    [Fact]
    public void ShippedCatalogue_HasAHeaderAnd172Rows()
    {
        var result = CatalogTool.Run("export", CatalogTool.ShippedCatalogue, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("\uFEFF" + Header + "\r\n", result.Stdout);
        Assert.EndsWith("\r\n", result.Stdout);
        var rows = result.Stdout.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal(174, rows.Length); // header, 172 rows, and the empty string after the final CRLF
        Assert.Equal(string.Empty, rows[^1]);
        Assert.DoesNotContain('\n', string.Concat(rows));
        Assert.Contains(rows, r => r.StartsWith("115,经颈静脉肝内门体分流术（TIPS）,") && r.Contains(",外周血管;综合介入,TIPS,,false,"));
        Assert.Single(rows, r => r.Contains(",true,"));
    }

    [Fact]
    public void OutputFile_StartsWithAUtf8Bom()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("csv.txt", Fixtures.ForCsv);
        var target = dir.Combine("out.csv");

        var result = CatalogTool.Run("export", path, "-f", "csv", "-o", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var bytes = File.ReadAllBytes(target);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        var text = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(Header + "\r\n1,\"球囊扩张术,A型\",", text);
        Assert.Equal(result.Stdout, string.Empty);
        Assert.Equal(CatalogTool.Run("export", path, "-f", "csv").Stdout, "\uFEFF" + text);
    }
}
