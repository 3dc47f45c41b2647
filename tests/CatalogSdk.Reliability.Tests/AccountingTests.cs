using System;
using System.IO;
using System.Linq;
using CatalogSdk.Core.IO;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Reliability.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Reliability.Tests;

/// <summary>
/// Nothing lost, nothing invented: every non-blank line of the official text and of the shipped catalogue is a
/// heading, a procedure, a comment or carries a diagnostic on that very line; and a JSON export read back by an
/// independent reader is the same model — which is also what the generated code holds.
/// </summary>
public sealed class AccountingTests
{
    [Theory]
    [InlineData("interventional-official.txt")]
    [InlineData("interventional.txt")]
    [InlineData("fixtures/two-specialties.txt")]
    [InlineData("fixtures/annotations.txt")]
    [InlineData("fixtures/messy.txt")]
    public void Every_line_is_accounted_for(string file)
    {
        var text = Catalogues.Read(file);

        var document = CatalogueParser.Parse(file, text, "UTF-8");

        var problems = LineAccounting.Problems(text, document);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_official_text_keeps_every_line_and_says_what_is_wrong_with_each_it_cannot_take()
    {
        var text = Catalogues.Official;
        var document = CatalogueParser.Parse("interventional-official.txt", text, "UTF-8");
        var lines = LineAccounting.SplitLines(text);

        // Every line with text is in the model or has an error on it; the problem lines of the official text are known.
        var rejected = document.Lines.Where(l => l.Kind == LineKind.Rejected).Select(l => l.Line).ToArray();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, line => Assert.Contains(document.Diagnostics, d => d.Line == line && d.Severity == Core.Diagnostics.CatalogueSeverity.Error));
        Assert.Equal(
            lines.Count(l => l.Trim().Length > 0),
            document.Lines.Count(l => l.Kind != LineKind.Blank));
        Assert.Equal(4, document.Specialties.Count);
        Assert.Contains(document.Diagnostics, d => d.Id == "CSDK1009"); // the procedure listed twice (official line 57)
        Assert.Contains(document.Diagnostics, d => d.Id == "CSDK1011"); // the wrapped procedure (official lines 307 and 309)
    }

    [Fact]
    public void The_shipped_catalogue_keeps_all_172_entries_with_no_diagnostic()
    {
        var document = CatalogueParser.Parse("interventional.txt", Catalogues.Shipped, "UTF-8");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(172, document.Procedures.Count);
        Assert.Equal(
            document.Lines.Count(l => l.Kind is LineKind.Procedure or LineKind.Repeat),
            document.Procedures.Sum(p => p.Lines.Count));
    }

    [Theory]
    [InlineData("interventional.txt")]
    [InlineData("fixtures/two-specialties.txt")]
    [InlineData("fixtures/annotations.txt")]
    public void A_JSON_export_reads_back_into_the_same_model(string file)
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes(Path.GetFileName(file), Catalogues.ReadBytes(file));
        var output = directory.Combine("export.json");

        var toFile = CatalogTool.Run("export", path, "--format", "json", "--output", output);
        var toStdout = CatalogTool.Run("export", path, "--format", "json");

        Assert.True(toFile.ExitCode == 0, toFile.ToString());
        var document = CatalogueFile.Read(path);
        var reimported = JsonCatalogue.Read(File.ReadAllText(output));
        Assert.Equal(JsonCatalogue.Expected(document), reimported);
        Assert.Equal(File.ReadAllText(output), toStdout.Stdout);
        Assert.Equal(document.Procedures.Count, reimported.Split('\n').Count(l => l.StartsWith("procedure ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_exported_names_are_the_names_the_generated_code_holds()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("interventional.txt", Catalogues.Shipped);
        var export = CatalogTool.Run("export", path, "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(export.Stdout);
        var exported = json.RootElement.GetProperty("procedures").EnumerateArray()
            .Select(p => (p.GetProperty("identifier").GetString()!, p.GetProperty("name").GetString()!))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();

        var outcome = GeneratorHarness.Run("interventional.txt", Catalogues.Shipped);
        var constants = outcome.Output.GetTypeByMetadataName("MyHospital.Interventional.ProcedureNames")!
            .GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst)
            .Select(f => (f.Name, (string)f.ConstantValue!))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(172, exported.Count);
        Assert.Equal(exported, constants);
    }
}
