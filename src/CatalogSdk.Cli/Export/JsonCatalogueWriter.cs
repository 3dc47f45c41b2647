using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Cli.Export;

/// <summary>
/// The JSON export. Other tools rely on its shape; keep the names and types (fields are only ever added at the end):
/// <code>
/// {
///   "catalogue": "介入诊疗手术分级目录",
///   "specialties": [ { "order": 1, "name": "心血管疾病", "heading": "（一）…", "identifier": "心血管疾病" } ],
///   "procedures": [ { "id": 1, "name": "…", "identifier": "…", "grade": 1, "specialties": [ "心血管疾病" ],
///                     "abbreviation": null, "code": null, "catchAll": false, "line": 10,
///                     "englishName": "Coronary angiography" } ]
/// }
/// </code>
/// Indented, "\n" line ends, UTF-8 with Chinese unescaped.
/// </summary>
internal sealed class JsonCatalogueWriter : ExportFormat
{
    public override string Name => "json";

    public override bool WritesByteOrderMark => false;

    public override string Render(CatalogueDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            Write(writer, document);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Write(Utf8JsonWriter writer, CatalogueDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("catalogue", document.DisplayName);

        writer.WriteStartArray("specialties");
        foreach (var s in document.Specialties)
        {
            writer.WriteStartObject();
            writer.WriteNumber("order", s.Order);
            writer.WriteString("name", s.Name);
            writer.WriteString("heading", s.Heading);
            writer.WriteString("identifier", s.Identifier);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("procedures");
        foreach (var p in ExportedProcedure.From(document))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", p.Id);
            writer.WriteString("name", p.Name);
            writer.WriteString("identifier", p.Identifier);
            writer.WriteNumber("grade", p.Grade);
            writer.WriteStartArray("specialties");
            foreach (var name in p.Specialties)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            WriteNullableString(writer, "abbreviation", p.Abbreviation);
            WriteNullableString(writer, "code", p.Code);
            writer.WriteBoolean("catchAll", p.CatchAll);
            writer.WriteNumber("line", p.Line);
            WriteNullableString(writer, "englishName", p.EnglishName); // @en, or the overlay; an unofficial translation
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
