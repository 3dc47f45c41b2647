using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CatalogSdk.Generator;

/// <summary>
/// Turns catalogue files (additional files) into enums, constants, metadata tables and a typed query API.
/// Pipeline: select catalogue files and read their text → parse to a plain model → combine with project
/// settings → emit. Every step's output is plain equatable data, so unrelated edits are fully cached and an edit
/// to one catalogue regenerates only that catalogue's files.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CatalogueGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorSettings.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => CatalogueInput.TryCreate(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Inputs);

        var locks = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => CatalogueInput.TryCreateLock(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Locks)
            .Collect();

        var overlays = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => CatalogueInput.TryCreateOverlay(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Overlays)
            .Collect();

        var parsed = inputs
            .Combine(locks)
            .Combine(overlays)
            .Select(static (pair, _) => (
                Input: pair.Left.Left,
                Lock: ParsedCatalogue.FindLock(pair.Left.Left, pair.Left.Right),
                Overlay: ParsedCatalogue.FindOverlay(pair.Left.Left, pair.Right)))
            .WithTrackingName(TrackingNames.Paired)
            .Combine(settings)
            .Select(static (pair, ct) => ParsedCatalogue.Parse(pair.Left.Input, pair.Left.Lock, pair.Left.Overlay, pair.Right, ct))
            .WithTrackingName(TrackingNames.Parsed);

        var namespaces = parsed
            .Select(static (catalogue, _) => new NamespaceClaim(catalogue.Document.FilePath, catalogue.Namespace))
            .Collect()
            .Select(static (claims, _) => NamespaceClaim.FindDuplicates(claims))
            .WithTrackingName(TrackingNames.Namespaces);

        var facts = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8)
            .Combine(context.CompilationProvider.Select(static (compilation, _) =>
                compilation.GetTypeByMetadataName("CatalogSdk.ProcedureInfo`2") is not null))
            .Select(static (pair, _) => new CompilationFacts(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Facts);

        var emitInputs = parsed
            .Combine(namespaces)
            .Combine(facts)
            .Select(static (pair, _) => new EmitInput(pair.Left.Left, pair.Left.Right.Get(pair.Left.Left.Document.FilePath), pair.Right))
            .WithTrackingName(TrackingNames.EmitInputs);

        context.RegisterSourceOutput(emitInputs, static (spc, input) => Execute(spc, input));
    }

    private static void Execute(SourceProductionContext context, EmitInput input)
    {
        var catalogue = input.Catalogue;
        var path = catalogue.Document.FilePath;
        try
        {
            foreach (var diagnostic in catalogue.AllDiagnostics)
            {
                context.ReportDiagnostic(DiagnosticMapping.ToRoslyn(diagnostic));
            }

            if (catalogue.UnknownIdentifierMode is { } unknownMode)
            {
                context.ReportDiagnostic(DiagnosticMapping.Create(DiagnosticDescriptors.UnknownIdentifierMode, path, unknownMode));
            }

            if (!catalogue.NamespaceIsValid)
            {
                context.ReportDiagnostic(DiagnosticMapping.Create(DiagnosticDescriptors.InvalidNamespace, path, catalogue.Namespace));
                return;
            }

            if (input.DuplicateOf is not null)
            {
                context.ReportDiagnostic(DiagnosticMapping.Create(
                    DiagnosticDescriptors.DuplicateNamespace, path, catalogue.FileName, System.IO.Path.GetFileName(input.DuplicateOf), catalogue.Namespace));
                return;
            }

            if (!input.Facts.RuntimeReferenced)
            {
                context.ReportDiagnostic(DiagnosticMapping.Create(DiagnosticDescriptors.RuntimeNotReferenced, path));
                return;
            }

            if (catalogue.AllDiagnostics.Any(d => ReferenceEquals(d.Descriptor, DiagnosticDescriptors.NotUtf8)))
            {
                // CSDK1002: the text was decoded with a guessed encoding, so names and even headings may be garbled.
                // Emit nothing rather than types built from garbled text; the error says how to convert the file.
                return;
            }

            if (catalogue.Effective.Procedures.Count == 0)
            {
                return; // CSDK1014 already says why; an empty enum would only add noise.
            }

            foreach (var (hintName, source) in new CatalogueEmitter(catalogue, input.Facts.NullableAnnotations).Emit())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                context.AddSource(hintName, source);
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A generator must never throw: an internal failure is reported as its own error (not CS8785).
            context.ReportDiagnostic(DiagnosticMapping.Create(DiagnosticDescriptors.GeneratorFailure, path, ex.GetType().Name + ": " + ex.Message));
        }
    }

    /// <summary>Step names for incremental-caching tests.</summary>
    internal static class TrackingNames
    {
        public const string Settings = nameof(Settings);
        public const string Inputs = nameof(Inputs);
        public const string Locks = nameof(Locks);
        public const string Overlays = nameof(Overlays);
        public const string Paired = nameof(Paired);
        public const string Parsed = nameof(Parsed);
        public const string Namespaces = nameof(Namespaces);
        public const string Facts = nameof(Facts);
        public const string EmitInputs = nameof(EmitInputs);
    }
}

/// <summary>One catalogue's claim on a namespace.</summary>
internal readonly record struct NamespaceClaim(string Path, string Namespace) : IEquatable<NamespaceClaim>
{
    /// <summary>For each path that repeats an earlier catalogue's namespace, the earlier path (ordinal path order).</summary>
    public static DuplicateNamespaces FindDuplicates(ImmutableArray<NamespaceClaim> claims)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<(string, string)>();
        foreach (var claim in claims.OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            if (first.TryGetValue(claim.Namespace, out var earlier))
            {
                duplicates.Add((claim.Path, earlier));
            }
            else
            {
                first.Add(claim.Namespace, claim.Path);
            }
        }

        return new DuplicateNamespaces(string.Join("\n", duplicates.Select(d => d.Item1 + "\t" + d.Item2)));
    }
}

/// <summary>Catalogues whose namespace repeats another's, as "path\tearlier path" lines. Equatable.</summary>
internal sealed record DuplicateNamespaces(string Lines)
{
    public string? Get(string path)
    {
        if (Lines.Length == 0)
        {
            return null;
        }

        foreach (var line in Lines.Split('\n'))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && string.Equals(line.Substring(0, tab), path, StringComparison.Ordinal))
            {
                return line.Substring(tab + 1);
            }
        }

        return null;
    }
}

/// <summary>Everything the emitter needs for one catalogue.</summary>
internal sealed record EmitInput(ParsedCatalogue Catalogue, string? DuplicateOf, CompilationFacts Facts);
