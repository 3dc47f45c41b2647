using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>
/// A small, independent reader of the CLI's JSON export, and the same shape taken from a parsed document, so a
/// test can check that export and re-import give back the model: names, grades, specialties and the rest. Both
/// sides render to one canonical text, which compares exactly and reads well in a failure message.
/// </summary>
internal static class JsonCatalogue
{
    /// <summary>The canonical text of an export read back from <paramref name="json"/>.</summary>
    public static string Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var builder = new StringBuilder();
        builder.Append("catalogue ").Append(Quote(root.GetProperty("catalogue").GetString())).Append('\n');
        foreach (var s in root.GetProperty("specialties").EnumerateArray())
        {
            Specialty(builder, s.GetProperty("order").GetInt32(), s.GetProperty("name").GetString(), s.GetProperty("heading").GetString(), s.GetProperty("identifier").GetString());
        }

        foreach (var p in root.GetProperty("procedures").EnumerateArray())
        {
            Procedure(
                builder,
                p.GetProperty("id").GetInt32(),
                p.GetProperty("name").GetString(),
                p.GetProperty("identifier").GetString(),
                p.GetProperty("grade").GetInt32(),
                p.GetProperty("specialties").EnumerateArray().Select(e => e.GetString()).ToList(),
                NullableString(p.GetProperty("abbreviation")),
                NullableString(p.GetProperty("code")),
                p.GetProperty("catchAll").GetBoolean(),
                p.GetProperty("line").GetInt32());
        }

        return builder.ToString();
    }

    /// <summary>The canonical text of what an export of <paramref name="document"/> must hold.</summary>
    public static string Expected(CatalogueDocument document)
    {
        var builder = new StringBuilder();
        builder.Append("catalogue ").Append(Quote(document.DisplayName)).Append('\n');
        foreach (var s in document.Specialties)
        {
            Specialty(builder, s.Order, s.Name, s.Heading, s.Identifier);
        }

        var byOrder = document.Specialties.ToDictionary(s => s.Order, s => s.Name);
        foreach (var p in document.Procedures.OrderBy(p => p.Id))
        {
            var specialties = document.Specialties.Where(s => p.Specialties.Contains(s.Order)).Select(s => (string?)s.Name).ToList();
            Procedure(builder, p.Id, p.Name, p.Identifier, (int)p.Grade, specialties, p.Abbreviation, p.Code, p.IsCatchAll, p.Line);
        }

        return builder.ToString();
    }

    private static void Specialty(StringBuilder builder, int order, string? name, string? heading, string? identifier) =>
        builder.Append("specialty ").Append(order).Append(' ').Append(Quote(name)).Append(' ').Append(Quote(heading)).Append(' ').Append(Quote(identifier)).Append('\n');

    private static void Procedure(
        StringBuilder builder, int id, string? name, string? identifier, int grade, IReadOnlyList<string?> specialties, string? abbreviation, string? code, bool catchAll, int line) =>
        builder.Append("procedure ").Append(id).Append(' ').Append(Quote(name)).Append(' ').Append(Quote(identifier)).Append(" grade ").Append(grade)
            .Append(" [").Append(string.Join(", ", specialties.Select(Quote))).Append("] abbr ").Append(Quote(abbreviation)).Append(" code ").Append(Quote(code))
            .Append(catchAll ? " catch-all" : string.Empty).Append(" line ").Append(line).Append('\n');

    private static string? NullableString(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    private static string Quote(string? text) => GeneratedCodeCheck.Show(text);
}
