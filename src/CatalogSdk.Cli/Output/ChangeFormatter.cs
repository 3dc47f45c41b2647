using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogSdk.Core.Locking;

namespace CatalogSdk.Cli.Output;

/// <summary>Writes a list of catalogue changes as a readable table, as JSON, or as Markdown for a pull request.</summary>
internal static class ChangeFormatter
{
    public static string Kind(CatalogueChange c) => c.Kind switch
    {
        ChangeKind.Added => "新增 added",
        ChangeKind.Retired => "停用 retired",
        ChangeKind.Renamed => "改名 renamed",
        ChangeKind.Regraded => c.IsUpgrade ? "升级 regraded up" : "降级 regraded down",
        ChangeKind.SpecialtiesChanged => "专科变更 specialties",
        ChangeKind.CatchAllChanged => "兜底标注 catch-all",
        ChangeKind.Reinstated => "恢复 reinstated",
        _ => "写法 respelled",
    };

    public static string KindCode(CatalogueChange c) => c.Kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Retired => "retired",
        ChangeKind.Renamed => "renamed",
        ChangeKind.Regraded => "regraded",
        ChangeKind.SpecialtiesChanged => "specialtiesChanged",
        ChangeKind.CatchAllChanged => "catchAllChanged",
        ChangeKind.Reinstated => "reinstated",
        _ => "respelled",
    };

    public static string Details(CatalogueChange c) => c.Kind switch
    {
        ChangeKind.Added => c.Grade.GetLabel() + " · " + c.Specialties.Replace(";", "、"),
        ChangeKind.Retired => c.SuccessorId is { } s ? "由 ID " + Num(s) + " 取代 succeeded by ID " + Num(s) : "无后继 no successor",
        ChangeKind.Renamed => "原名 was「" + c.OldName + "」",
        ChangeKind.Regraded => (c.OldGrade?.GetLabel() ?? "?") + " → " + c.Grade.GetLabel(),
        ChangeKind.SpecialtiesChanged => (c.OldSpecialties ?? string.Empty).Replace(";", "、") + " → " + c.Specialties.Replace(";", "、"),
        ChangeKind.CatchAllChanged => c.IsCatchAll ? "标为兜底条目 now a catch-all rule" : "不再是兜底条目 no longer a catch-all rule",
        ChangeKind.Reinstated => "曾于 " + c.OldName + " 停用 retired in " + c.OldName,
        _ => "原写法 was「" + c.OldName + "」",
    };

    public static void WriteTable(CommandOutput output, IReadOnlyList<CatalogueChange> changes)
    {
        if (changes.Count == 0)
        {
            output.Line("没有变更。 No changes.");
            return;
        }

        output.Line(Pad("变更 Change", 22) + Pad("ID", 6) + Pad("名称 Name", 40) + "详情 Details");
        foreach (var c in changes)
        {
            output.Line(Pad(Kind(c), 22) + Pad(Num(c.Id), 6) + Pad(c.Name, 40) + Details(c));
        }

        output.Line(Summary(changes));
    }

    public static void WriteMarkdown(CommandOutput output, string oldPath, string newPath, IReadOnlyList<CatalogueChange> changes)
    {
        output.Line("### 目录变更 Catalogue changes: `" + Path.GetFileName(oldPath) + "` → `" + Path.GetFileName(newPath) + "`");
        output.Line(string.Empty);
        if (changes.Count == 0)
        {
            output.Line("没有变更。 No changes.");
            return;
        }

        output.Line("| 变更 Change | ID | 名称 Name | 详情 Details |");
        output.Line("|---|---:|---|---|");
        foreach (var c in changes)
        {
            output.Line("| " + Cell(Kind(c)) + " | " + Num(c.Id) + " | " + Cell(c.Name) + " | " + Cell(Details(c)) + " |");
        }

        output.Line(string.Empty);
        output.Line(Summary(changes));
    }

    public static void WriteJson(CommandOutput output, string oldPath, string newPath, IReadOnlyList<CatalogueChange> changes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old", oldPath);
            json.WriteString("new", newPath);
            json.WriteStartArray("changes");
            foreach (var c in changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", KindCode(c));
                json.WriteNumber("id", c.Id);
                json.WriteString("name", c.Name);
                if (c.Kind == ChangeKind.Renamed)
                {
                    json.WriteString("oldName", c.OldName);
                }

                json.WriteNumber("grade", (int)c.Grade);
                if (c.Kind == ChangeKind.Regraded && c.OldGrade is { } old)
                {
                    json.WriteNumber("oldGrade", (int)old);
                    json.WriteString("direction", c.IsUpgrade ? "up" : "down");
                }

                WriteList(json, "specialties", c.Specialties);
                if (c.OldSpecialties is not null)
                {
                    WriteList(json, "oldSpecialties", c.OldSpecialties);
                }

                json.WriteBoolean("catchAll", c.IsCatchAll);
                if (c.Kind == ChangeKind.Retired)
                {
                    if (c.SuccessorId is { } s)
                    {
                        json.WriteNumber("successorId", s);
                    }
                    else
                    {
                        json.WriteNull("successorId");
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Line(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteList(Utf8JsonWriter json, string name, string joined)
    {
        json.WriteStartArray(name);
        foreach (var item in joined.Split(';').Where(s => s.Length > 0))
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    public static string Summary(IReadOnlyList<CatalogueChange> changes)
    {
        int Count(ChangeKind k) => changes.Count(c => c.Kind == k);
        return string.Format(
            CultureInfo.InvariantCulture,
            "新增 {0}，停用 {1}，改名 {2}，级别变更 {3}，专科变更 {4}，其他 {5}。 {0} added, {1} retired, {2} renamed, {3} regraded, {4} specialty changes, {5} other.",
            Count(ChangeKind.Added),
            Count(ChangeKind.Retired),
            Count(ChangeKind.Renamed),
            Count(ChangeKind.Regraded),
            Count(ChangeKind.SpecialtiesChanged),
            Count(ChangeKind.CatchAllChanged) + Count(ChangeKind.Reinstated));
    }

    private static string Cell(string text) => text.Replace("|", "\\|");

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Pad(string text, int width)
    {
        var columns = 0;
        foreach (var ch in text)
        {
            columns += ch >= '\u1100' ? 2 : 1;
        }

        return text + new string(' ', System.Math.Max(1, width - columns));
    }
}
