using System.Collections.Generic;
using System.CommandLine;
using CatalogSdk.Cli.Loading;
using CatalogSdk.Cli.Output;

namespace CatalogSdk.Cli.Commands;

/// <summary>
/// <c>catalog lint &lt;files...&gt; [--warnings-as-errors]</c>: checks catalogue files and prints every diagnostic
/// in the compiler's canonical form, then a summary line; a catalogue's English-name overlay beside it
/// (<c>&lt;name&gt;.en.tsv</c>) is checked too. Exit code 1 when any file has an error or cannot be read.
/// </summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = Texts.LintFilesDescription,
            Arity = ArgumentArity.OneOrMore,
        };
        FileArguments.RejectUnknownOptions(files);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = Texts.WarningsAsErrorsDescription,
        };

        var command = new Command("lint", Texts.LintDescription) { files, warningsAsErrors };
        command.SetAction(parseResult => Execute(
            CommandOutput.From(parseResult),
            parseResult.GetValue(files) ?? new string[0],
            parseResult.GetValue(warningsAsErrors)));
        return command;
    }

    /// <summary>Lints <paramref name="paths"/>; returns the exit code.</summary>
    public static int Execute(CommandOutput output, IReadOnlyList<string> paths, bool warningsAsErrors)
    {
        var tally = new DiagnosticTally(warningsAsErrors);
        foreach (var path in paths)
        {
            var loaded = CatalogueLoader.Load(path);
            if (loaded.Document is not { } document)
            {
                tally.AddError();
                output.Line(DiagnosticFormatter.FormatFileError(path, loaded.Failure!));
                continue;
            }

            foreach (var diagnostic in document.Diagnostics)
            {
                var severity = tally.Add(diagnostic);
                output.Line(DiagnosticFormatter.Format(diagnostic, path, severity));
            }

            // The English-name overlay beside the catalogue, checked as the build checks it.
            if (OverlayLoader.Check(path, document) is { } overlay)
            {
                if (overlay.Failure is not null)
                {
                    tally.AddError();
                    output.Line(DiagnosticFormatter.FormatFileError(overlay.Path, overlay.Failure));
                }

                foreach (var diagnostic in overlay.Diagnostics)
                {
                    var severity = tally.Add(diagnostic);
                    output.Line(DiagnosticFormatter.Format(diagnostic, overlay.Path, severity));
                }
            }
        }

        output.Line(tally.Summary);
        return tally.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}
