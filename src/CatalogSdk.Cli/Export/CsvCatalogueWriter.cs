using System.Globalization;
using System.Text;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Cli.Export;

/// <summary>
/// The CSV export: one row per distinct procedure, in ID order, under the header
/// <c>id,name,identifier,grade,specialties,abbreviation,code,catchAll,line</c>. Specialties are joined with ';';
/// fields are quoted as RFC 4180 says (a field holding a comma, a quote, CR or LF is quoted, quotes doubled);
/// lines end in CRLF. The output starts with a UTF-8 byte-order mark so that Excel on Chinese Windows opens it
/// as UTF-8.
/// </summary>
internal sealed class CsvCatalogueWriter : ExportFormat
{
    public const string Header = "id,name,identifier,grade,specialties,abbreviation,code,catchAll,line";

    private const string LineEnd = "\r\n";

    public override string Name => "csv";

    public override bool WritesByteOrderMark => true;

    public override string Render(CatalogueDocument document)
    {
        var builder = new StringBuilder();
        builder.Append(Header).Append(LineEnd);
        foreach (var p in ExportedProcedure.From(document))
        {
            builder.Append(Number(p.Id)).Append(',');
            builder.Append(Field(p.Name)).Append(',');
            builder.Append(Field(p.Identifier)).Append(',');
            builder.Append(Number(p.Grade)).Append(',');
            builder.Append(Field(string.Join(";", p.Specialties))).Append(',');
            builder.Append(Field(p.Abbreviation)).Append(',');
            builder.Append(Field(p.Code)).Append(',');
            builder.Append(p.CatchAll ? "true" : "false").Append(',');
            builder.Append(Number(p.Line)).Append(LineEnd);
        }

        return builder.ToString();
    }

    /// <summary>A field quoted as RFC 4180 requires; null becomes an empty field.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value!.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
