using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.IO;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;
using CatalogSdk.Reliability.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Reliability.Tests.Fuzzing;

/// <summary>How much of the pipeline a case goes through.</summary>
[Flags]
internal enum FuzzDepth
{
    /// <summary>Decoding, parsing, line accounting, determinism of the parse, reconciling with no lock and the shipped lock.</summary>
    Parse = 0,

    /// <summary>Also the generator as the compiler runs it, and the generated code parsed, compiled and inspected.</summary>
    Generator = 1,

    /// <summary>Also the command-line tool: lint, export (and re-import), lock update then check, convert, diff.</summary>
    Cli = 2,

    /// <summary>Run the generator at C# 7.3 (the .NET Framework 4.8 consumer's language) instead of the latest.</summary>
    CSharp73 = 4,
}

/// <summary>What one case revealed.</summary>
internal sealed record FuzzVerdict(IReadOnlyList<string> Problems, bool Accepted, bool Generated, bool Compiled)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>Whether a problem is a crash: an exception or an internal failure rather than a wrong result.</summary>
    public bool Crashed => Problems.Any(p => p.StartsWith("crash:", StringComparison.Ordinal));

    /// <summary>Whether a problem is in the generated code.</summary>
    public bool CompileFailed => Problems.Any(p => p.StartsWith("generated:", StringComparison.Ordinal));
}

/// <summary>
/// The invariants every input must keep, whatever it holds: nothing throws; every line is accounted for; the
/// same input gives the same output; an accepted catalogue gives code that parses, compiles without a warning and
/// declares only the expected types and members; the tool's exports read back into the same model.
/// </summary>
internal static class FuzzOracle
{
    public const string FileName = "fuzz.txt";
    public const string Namespace = GeneratorHarness.RootNamespace + ".Fuzz";

    private static readonly Lazy<LockFile> s_shippedLock = new(() => LockFormat.Read("interventional.lock", Catalogues.ShippedLock));

    public static FuzzVerdict Check(byte[] bytes, FuzzDepth depth, string? lockText = null)
    {
        var problems = new List<string>();
        var accepted = false;
        var generated = false;
        var compiled = false;

        T? Guard<T>(string what, Func<T> action)
        {
            try
            {
                return action();
            }
            catch (Exception ex)
            {
                problems.Add("crash: " + what + " threw " + ex);
                return default;
            }
        }

        var decoded = Guard("CatalogueFile.Decode", () => CatalogueFile.Decode(bytes));
        if (decoded.Text is null)
        {
            return new FuzzVerdict(problems, false, false, false);
        }

        var document = Guard("CatalogueParser.Parse", () => CatalogueParser.Parse(FileName, decoded.Text, decoded.EncodingName));
        if (document is null)
        {
            return new FuzzVerdict(problems, false, false, false);
        }

        accepted = !document.HasErrors;
        problems.AddRange(LineAccounting.Problems(decoded.Text, document).Select(p => "accounting: " + p));
        var again = Guard("CatalogueParser.Parse (again)", () => CatalogueParser.Parse(FileName, decoded.Text, decoded.EncodingName));
        if (again is not null && !again.Equals(document))
        {
            problems.Add("determinism: parsing the same text twice gave two models");
        }

        CheckIdentifiers(document, problems);
        Guard("LockReconciler.Reconcile (no lock)", () => LockReconciler.Reconcile(document, null, "fuzz"));
        Guard("LockReconciler.Reconcile (shipped lock)", () => LockReconciler.Reconcile(document, s_shippedLock.Value, "fuzz"));
        if (lockText is not null)
        {
            var lockFile = Guard("LockFormat.Read", () => LockFormat.Read("fuzz.lock", lockText));
            if (lockFile is not null)
            {
                foreach (var d in lockFile.Diagnostics.Where(d => d.Line < 1 || d.Column < 1 || d.Offset < 0 || d.Offset + d.Length > lockText.Length))
                {
                    problems.Add("lock: diagnostic outside the lock text: " + d.ToCanonicalString());
                }

                Guard("LockReconciler.Reconcile (fuzzed lock)", () => LockReconciler.Reconcile(document, lockFile, "fuzz"));
            }
        }

        if (depth.HasFlag(FuzzDepth.Generator))
        {
            (generated, compiled) = CheckGenerator(bytes, lockText, depth.HasFlag(FuzzDepth.CSharp73) ? LanguageVersion.CSharp7_3 : LanguageVersion.Latest, problems);
        }

        if (depth.HasFlag(FuzzDepth.Cli))
        {
            CheckCli(bytes, document, problems);
        }

        return new FuzzVerdict(problems, accepted, generated, compiled);
    }

    /// <summary>Identifiers are valid C#, distinct, and hold nothing invisible that could make two look alike.</summary>
    private static void CheckIdentifiers(CatalogueDocument document, List<string> problems)
    {
        foreach (var identifier in document.Procedures.Select(p => p.Identifier).Concat(document.Specialties.Select(s => s.Identifier)))
        {
            if (!Identifiers.IsValid(identifier) || identifier.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || IsHidden(c)))
            {
                problems.Add("identifier: " + GeneratedCodeCheck.Show(identifier) + " is not a plain, visible C# identifier");
            }
        }

        if (document.Procedures.Select(p => p.Identifier).Distinct(StringComparer.Ordinal).Count() != document.Procedures.Count)
        {
            problems.Add("identifier: two procedures share an identifier");
        }
    }

    /// <summary>Characters that render as nothing though they are letters or marks (Hangul fillers, variation selectors, U+034F).</summary>
    public static bool IsHidden(char c) =>
        c is '\u034F' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u3164' or '\uFFA0' or (>= '\u180B' and <= '\u180F') or (>= '\uFE00' and <= '\uFE0F');

    private static (bool Generated, bool Compiled) CheckGenerator(byte[] bytes, string? lockText, LanguageVersion languageVersion, List<string> problems)
    {
        SourceText compilerText;
        try
        {
            compilerText = GeneratorHarness.DecodeAsCompiler(bytes);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // What the compiler cannot read never reaches the generator (csc reports its own error).
            return (false, false);
        }

        var files = new List<AdditionalText> { new InMemoryAdditionalText(GeneratorHarness.CataloguePath(FileName), compilerText) };
        if (lockText is not null)
        {
            files.Add(new InMemoryAdditionalText(GeneratorHarness.CataloguePath("fuzz.lock"), lockText));
        }

        GeneratorOutcome outcome;
        try
        {
            outcome = GeneratorHarness.Run(files, languageVersion);
        }
        catch (Exception ex)
        {
            problems.Add("crash: the generator driver threw " + ex);
            return (false, false);
        }

        if (outcome.Exception is not null)
        {
            problems.Add("crash: the generator threw " + outcome.Exception);
        }

        foreach (var d in outcome.Diagnostics)
        {
            if (d.Id == "CSDK9001")
            {
                problems.Add("crash: " + GeneratorOutcome.Describe(d));
            }

            var span = d.Location.GetLineSpan();
            if (!span.IsValid || (span.Path != GeneratorHarness.CataloguePath(FileName) && span.Path != GeneratorHarness.CataloguePath("fuzz.lock")) || span.StartLinePosition.Line < 0)
            {
                problems.Add("generator: diagnostic without a position in the catalogue or lock: " + GeneratorOutcome.Describe(d));
            }
        }

        var text = compilerText.ToString();
        var document = CatalogueParser.Parse(GeneratorHarness.CataloguePath(FileName), text);
        IReadOnlyList<(string?, string)> expected = document.Procedures.Select(p => ((string?)p.Identifier, p.Name)).ToList();
        if (lockText is not null)
        {
            var locked = LockReconciler.Reconcile(document, LockFormat.Read("fuzz.lock", lockText), "pending");
            expected = locked.Document.Procedures.Select(p => ((string?)p.Identifier, p.Name))
                .Concat(locked.Retired.Select(r => ((string?)r.Identifier, r.Entry.Name)))
                .ToList();
        }

        var generated = outcome.Sources.Length > 0;
        var compiled = false;
        if (generated)
        {
            var codeProblems = GeneratedCodeCheck.Problems(outcome, Namespace, expected, document.Specialties.Count);
            problems.AddRange(codeProblems.Select(p => "generated: " + p));
            compiled = codeProblems.Count == 0;
            if (compiled)
            {
                // The analyzers run in every build of code that uses the catalogue: they must not throw on it either.
                problems.AddRange(AnalyzerHarness.Problems(outcome.Output, Namespace, expected));
            }
        }
        else if (document.Procedures.Count == 0)
        {
            // Nothing current to generate (retired members alone are not generated): CSDK1014 must say so.
            if (!outcome.Errors.Any(d => d.Id == "CSDK1014"))
            {
                problems.Add("generator: no code and no CSDK1014 for a catalogue with no procedures");
            }
        }
        else if (!outcome.Errors.Any(d => d.Id is "CSDK9001" or "CSDK9002" or "CSDK9003" or "CSDK9004"))
        {
            problems.Add("generator: no code for a catalogue with " + document.Procedures.Count + " procedures, and no error saying why");
        }

        var second = GeneratorHarness.Run(files, languageVersion);
        if (second.Fingerprint != outcome.Fingerprint)
        {
            problems.Add("determinism: the generator gave different output for the same input");
        }

        return (generated, compiled);
    }

    private static void CheckCli(byte[] bytes, CatalogueDocument document, List<string> problems)
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes(FileName, bytes);

        CliResult? Run(params string[] args)
        {
            try
            {
                return CatalogTool.Run(args);
            }
            catch (Exception ex)
            {
                problems.Add("crash: catalog " + string.Join(" ", args.Select(a => a == path ? FileName : a)) + " threw " + ex);
                return null;
            }
        }

        var lint = Run("lint", path);
        if (lint is not null && lint.ExitCode != (document.HasErrors ? 1 : 0))
        {
            problems.Add("cli: lint exited " + lint.ExitCode + " for a catalogue " + (document.HasErrors ? "with" : "without") + " errors");
        }

        var export = Run("export", path, "--format", "json");
        if (export is not null)
        {
            if (document.HasErrors)
            {
                if (export.ExitCode != 1 || export.Stdout.Length > 0)
                {
                    problems.Add("cli: export of a catalogue with errors exited " + export.ExitCode + " with output");
                }
            }
            else if (export.ExitCode != 0)
            {
                problems.Add("cli: export exited " + export.ExitCode + ": " + export.Stderr);
            }
            else
            {
                var expected = JsonCatalogue.Expected(CatalogueFile.Read(path));
                var actual = Guard(problems, "re-import of the JSON export", () => JsonCatalogue.Read(export.Stdout));
                if (actual is not null && actual != expected)
                {
                    problems.Add("cli: the JSON export does not read back into the model:\n" + actual + "\nexpected:\n" + expected);
                }
            }
        }

        Run("export", path, "--format", "csv");
        var update = Run("lock", "update", path, "--edition", "fuzz", "--force");
        if (update is not null && update.ExitCode == 0)
        {
            var check = Run("lock", "check", path);
            if (check is not null && check.ExitCode != 0)
            {
                problems.Add("cli: lock check fails right after lock update:\n" + check.Stdout);
            }
        }

        if (directory.FileNames().Any(n => n.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            problems.Add("cli: a temporary file was left behind: " + string.Join(", ", directory.FileNames()));
        }

        Run("diff", Catalogues.TestDataPath("interventional.txt"), path, "--format", "json");
        var copy = directory.WriteBytes("convert.txt", bytes);
        var convert = Run("convert", copy);
        if (convert is not null && convert.ExitCode == 0 && !IsUtf8(File.ReadAllBytes(copy)))
        {
            problems.Add("cli: convert succeeded but the file is not UTF-8");
        }
    }

    private static T? Guard<T>(List<string> problems, string what, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex)
        {
            problems.Add("crash: " + what + " threw " + ex);
            return default;
        }
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
