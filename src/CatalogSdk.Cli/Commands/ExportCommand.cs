using System;
using System.CommandLine;
using System.IO;
using System.Security;
using System.Text;
using CatalogSdk.Cli.Export;
using CatalogSdk.Cli.Loading;
using CatalogSdk.Cli.Output;
using CatalogSdk.Core.Diagnostics;

namespace CatalogSdk.Cli.Commands;

/// <summary>
/// <c>catalog export &lt;file&gt; --format json|csv [--output &lt;path&gt;]</c>: writes the parsed catalogue to standard
/// output or to a file. A catalogue with errors is not exported: its diagnostics go to standard error and the
/// exit code is 1. Warnings go to standard error and the export proceeds.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file")
        {
            Description = Texts.ExportFileDescription,
        };
        FileArguments.RejectUnknownOptions(file);
        var format = new Option<string>("--format", "-f")
        {
            Description = Texts.FormatDescription,
            Required = true,
            HelpName = string.Join("|", ExportFormat.Names()),
        };
        format.AcceptOnlyFromAmong(ExportFormat.Names());
        var output = new Option<string?>("--output", "-o")
        {
            Description = Texts.OutputDescription,
            HelpName = "path",
        };

        var command = new Command("export", Texts.ExportDescription) { file, format, output };
        command.SetAction(parseResult => Execute(
            CommandOutput.From(parseResult),
            parseResult.GetValue(file)!,
            ExportFormat.Find(parseResult.GetValue(format))!,
            parseResult.GetValue(output)));
        return command;
    }

    /// <summary>Exports <paramref name="path"/>; returns the exit code.</summary>
    public static int Execute(CommandOutput output, string path, ExportFormat format, string? outputPath)
    {
        var loaded = CatalogueLoader.Load(path);
        if (loaded.Document is not { } document)
        {
            output.ErrorLine(DiagnosticFormatter.FormatFileError(path, loaded.Failure!));
            return ExitCodes.Failure;
        }

        // Errors and warnings go to standard error; information would only clutter an export.
        var tally = new DiagnosticTally();
        foreach (var diagnostic in document.Diagnostics)
        {
            var severity = tally.Add(diagnostic);
            if (severity != CatalogueSeverity.Info)
            {
                output.ErrorLine(DiagnosticFormatter.Format(diagnostic, path, severity));
            }
        }

        if (tally.Errors > 0)
        {
            output.ErrorLine(tally.Summary);
            output.ErrorLine(Texts.ExportRefused);
            return ExitCodes.Failure;
        }

        // The lock, when the catalogue has one: its retired names are known to the overlay, and IDs and identifiers
        // are the lock's, as in the generated code.
        var lockPath = CatalogSdk.Core.Locking.LockFile.PathFor(path);
        var lockFile = System.IO.File.Exists(lockPath) ? CatalogSdk.Core.Locking.LockFormat.Read(lockPath, System.IO.File.ReadAllText(lockPath)) : null;

        // English names from the overlay beside the catalogue, as in the generated code (@en in the catalogue wins).
        if (OverlayLoader.Check(path, document, lockFile) is { } overlay)
        {
            if (overlay.Failure is not null)
            {
                output.ErrorLine(DiagnosticFormatter.FormatFileError(overlay.Path, overlay.Failure));
                return ExitCodes.Failure;
            }

            foreach (var diagnostic in overlay.Diagnostics)
            {
                output.ErrorLine(DiagnosticFormatter.Format(diagnostic, overlay.Path, tally.Add(diagnostic)));
            }

            document = overlay.Applied!;
        }

        if (lockFile is not null && lockFile.Diagnostics.Count == 0)
        {
            document = CatalogSdk.Core.Locking.LockReconciler.Reconcile(document, lockFile, "pending").Document;
        }

        var text = format.Render(document);
        if (outputPath is null || outputPath == "-")
        {
            if (format.WritesByteOrderMark)
            {
                output.Out.Write('\uFEFF');
            }

            output.Out.Write(text);
            output.Out.Flush();
            return ExitCodes.Success;
        }

        return WriteFile(output, path, outputPath, format, text);
    }

    private static int WriteFile(CommandOutput output, string inputPath, string outputPath, ExportFormat format, string text)
    {
        try
        {
            if (string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(inputPath), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                output.ErrorLine(DiagnosticFormatter.FormatFileError(outputPath, Texts.OutputIsInput));
                return ExitCodes.Failure;
            }

            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: format.WritesByteOrderMark);
            File.WriteAllText(outputPath, text, encoding);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            output.ErrorLine(DiagnosticFormatter.FormatFileError(outputPath, Texts.CannotWrite(ex.Message)));
            return ExitCodes.Failure;
        }
    }
}
