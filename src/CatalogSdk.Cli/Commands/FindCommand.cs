using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogSdk.Cli.Loading;
using CatalogSdk.Cli.Output;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;
using CatalogSdk.Suggestions;

namespace CatalogSdk.Cli.Commands;

/// <summary>
/// <c>catalog find &lt;file&gt; &lt;text&gt; [--max N] [--format table|json] [--synonyms &lt;file&gt;]</c>: the procedures
/// of a catalogue that match what a person typed, ranked, by the same algorithm as the runtime's
/// <see cref="ProcedureSuggester{TProcedure, TSpecialty}"/> (<see cref="SuggestionIndex"/>). Exit code: 0 suggestions,
/// 1 none, 2 bad usage, an unreadable file, a catalogue with errors or a bad synonym table.
/// </summary>
internal static class FindCommand
{
    public const int Found = 0;
    public const int NotFound = 1;
    public const int Trouble = 2;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = Texts.FindFileDescription };
        FileArguments.RejectUnknownOptions(file);
        var text = new Argument<string>("text") { Description = Texts.FindTextDescription };
        var max = new Option<int>("--max", "-n") { Description = Texts.FindMaxDescription, DefaultValueFactory = _ => 10, HelpName = "N" };
        max.Validators.Add(result =>
        {
            // A token that is not a number is reported by the parser itself; reading the value would throw.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value < 1)
            {
                result.AddError(Texts.FindBadMax);
            }
        });
        var format = new Option<string>("--format", "-f") { Description = Texts.FindFormatDescription, DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var synonyms = new Option<string?>("--synonyms") { Description = Texts.FindSynonymsDescription, HelpName = "path" };
        var command = new Command("find", Texts.FindDescription) { file, text, max, format, synonyms };
        command.SetAction(parseResult => Execute(
            CommandOutput.From(parseResult),
            parseResult.GetValue(file)!,
            parseResult.GetValue(text) ?? string.Empty,
            parseResult.GetValue(max),
            parseResult.GetValue(format) ?? "table",
            parseResult.GetValue(synonyms)));
        return command;
    }

    public static int Execute(CommandOutput output, string path, string text, int max, string format, string? synonymsPath)
    {
        var loaded = CatalogueLoader.Load(path);
        if (loaded.Document is not { } document)
        {
            output.ErrorLine(DiagnosticFormatter.FormatFileError(path, loaded.Failure!));
            return Trouble;
        }

        var errors = document.Diagnostics.Where(d => d.Severity == CatalogueSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            foreach (var d in errors)
            {
                output.ErrorLine(d.ToCanonicalString(path));
            }

            output.ErrorLine(Texts.FindRefused);
            return Trouble;
        }

        var table = SynonymTable.Default;
        if (synonymsPath is not null)
        {
            string synonymText;
            try
            {
                synonymText = File.ReadAllText(synonymsPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
            {
                output.ErrorLine(DiagnosticFormatter.FormatFileError(synonymsPath, Texts.CannotRead(ex.Message)));
                return Trouble;
            }

            if (!table.TryExtend(synonymText, synonymsPath, out table, out var synonymErrors))
            {
                foreach (var e in synonymErrors)
                {
                    output.ErrorLine(e.ToString());
                }

                return Trouble;
            }
        }

        // The same candidates the generated suggester uses: current procedures, not catch-all rules.
        var procedures = document.Procedures.Where(p => !p.IsCatchAll).ToList();
        var index = new SuggestionIndex(procedures.Select(p => new SuggestionCandidate(p.Name, p.Abbreviation, p.Grade)).ToList(), table);
        var search = index.Search(text, max);
        var specialties = document.Specialties.ToDictionary(s => s.Order, s => s.Name);
        if (format == "json")
        {
            WriteJson(output, text, search, procedures, specialties);
        }
        else
        {
            WriteTable(output, search, procedures, specialties);
        }

        return search.Hits.Count > 0 ? Found : NotFound;
    }

    private static void WriteTable(CommandOutput output, SuggestionSearch search, List<CatalogueProcedure> procedures, Dictionary<int, string> specialties)
    {
        if (search.Hits.Count == 0)
        {
            output.Line(Texts.FindNothing);
            return;
        }

        output.Line(Pad("得分 Score", 12) + Pad("级别 Grade", 12) + Pad("名称 Name", 48) + Pad("专科 Specialties", 24) + "原因 Why");
        foreach (var hit in search.Hits)
        {
            var p = procedures[hit.Candidate];
            output.Line(
                Pad(Score(hit.Score) + (hit.IsQualifierVariant ? " *" : string.Empty), 12) + Pad(p.Grade.GetLabel(), 12) + Pad(p.Name, 48) +
                Pad(SpecialtyNames(p, specialties), 24) + hit.Reasons.Describe());
        }

        if (search.GradeDependsOnQualifier)
        {
            output.Line(Texts.FindGradeDependsOnQualifier(string.Join("、", search.QualifierGrades.Select(g => g.GetLabel()))));
        }
    }

    private static void WriteJson(CommandOutput output, string text, SuggestionSearch search, List<CatalogueProcedure> procedures, Dictionary<int, string> specialties)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("query", text);
            json.WriteBoolean("gradeDependsOnQualifier", search.GradeDependsOnQualifier);
            json.WriteStartArray("qualifierGrades");
            foreach (var g in search.QualifierGrades)
            {
                json.WriteNumberValue((int)g);
            }

            json.WriteEndArray();
            json.WriteStartArray("suggestions");
            foreach (var hit in search.Hits)
            {
                var p = procedures[hit.Candidate];
                json.WriteStartObject();
                json.WriteNumber("id", p.Id);
                json.WriteString("name", p.Name);
                json.WriteNumber("grade", (int)p.Grade);
                json.WriteString("gradeLabel", p.Grade.GetLabel());
                json.WriteStartArray("specialties");
                foreach (var s in p.Specialties)
                {
                    json.WriteStringValue(specialties.TryGetValue(s, out var name) ? name : s.ToString(CultureInfo.InvariantCulture));
                }

                json.WriteEndArray();
                json.WriteNumber("score", Math.Round(hit.Score, 3));
                json.WriteStartArray("reasons");
                foreach (var reason in hit.Reasons.ToEnglish())
                {
                    json.WriteStringValue(reason);
                }

                json.WriteEndArray();
                json.WriteString("explanation", hit.Reasons.Describe());
                json.WriteBoolean("qualifierVariant", hit.IsQualifierVariant);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Line(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string SpecialtyNames(CatalogueProcedure p, Dictionary<int, string> specialties) =>
        string.Join("、", p.Specialties.Select(s => specialties.TryGetValue(s, out var name) ? name : s.ToString(CultureInfo.InvariantCulture)));

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Pad(string text, int width)
    {
        var columns = 0;
        foreach (var ch in text)
        {
            columns += ch >= '\u1100' ? 2 : 1;
        }

        return text + new string(' ', Math.Max(1, width - columns));
    }
}
