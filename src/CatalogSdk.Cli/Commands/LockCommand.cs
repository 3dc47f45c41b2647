using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CatalogSdk.Cli.Locking;
using CatalogSdk.Cli.Output;
using CatalogSdk.Core.Diagnostics;

namespace CatalogSdk.Cli.Commands;

/// <summary>
/// <c>catalog lock check &lt;catalogue&gt;</c>: what the build would report about the catalogue and its lock.
/// <c>catalog lock update &lt;catalogue&gt; [--edition E] [--force]</c>: accepts the catalogue into its lock, prints
/// what it accepted, writes the lock atomically. Refuses when <c>CI=true</c> unless forced.
/// </summary>
internal static class LockCommand
{
    public static Command Create()
    {
        var command = new Command("lock", Texts.LockDescription);
        command.Subcommands.Add(CreateCheck());
        command.Subcommands.Add(CreateUpdate());
        return command;
    }

    private static Command CreateCheck()
    {
        var catalogue = new Argument<string>("catalogue") { Description = Texts.LockCatalogueDescription };
        FileArguments.RejectUnknownOptions(catalogue);
        var requireLock = new Option<bool>("--require-lock") { Description = Texts.RequireLockDescription };
        var lockPath = new Option<string?>("--lock") { Description = Texts.LockPathDescription };
        var command = new Command("check", Texts.LockCheckDescription) { catalogue, requireLock, lockPath };
        command.SetAction(parseResult => Check(
            CommandOutput.From(parseResult), parseResult.GetValue(catalogue)!, parseResult.GetValue(requireLock), parseResult.GetValue(lockPath)));
        return command;
    }

    private static Command CreateUpdate()
    {
        var catalogue = new Argument<string>("catalogue") { Description = Texts.LockCatalogueDescription };
        FileArguments.RejectUnknownOptions(catalogue);
        var edition = new Option<string?>("--edition") { Description = Texts.EditionDescription };
        var force = new Option<bool>("--force") { Description = Texts.ForceDescription };
        var lockPath = new Option<string?>("--lock") { Description = Texts.LockPathDescription };
        var command = new Command("update", Texts.LockUpdateDescription) { catalogue, edition, force, lockPath };
        command.SetAction(parseResult => Update(
            CommandOutput.From(parseResult),
            parseResult.GetValue(catalogue)!,
            parseResult.GetValue(edition),
            parseResult.GetValue(force),
            Environment.GetEnvironmentVariable("CI"),
            parseResult.GetValue(lockPath)));
        return command;
    }

    /// <summary>Whether the CI variable says this is a pipeline: any value but empty, "false" or "0".</summary>
    internal static bool IsContinuousIntegration(string? ciVariable) =>
        !string.IsNullOrWhiteSpace(ciVariable) &&
        !string.Equals(ciVariable!.Trim(), "false", StringComparison.OrdinalIgnoreCase) &&
        ciVariable.Trim() != "0";

    /// <summary>Reports what the build would; exit 1 on errors.</summary>
    public static int Check(CommandOutput output, string cataloguePath, bool requireLock, string? lockPath = null)
    {
        if (!File.Exists(cataloguePath))
        {
            output.Line(DiagnosticFormatter.FormatFileError(cataloguePath, Texts.FileNotFound));
            return ExitCodes.Failure;
        }

        var state = LockState.Load(cataloguePath, "pending", requireLock, lockPath);
        var tally = new DiagnosticTally();
        foreach (var d in state.Diagnostics)
        {
            var display = string.Equals(d.FilePath, state.LockPath, StringComparison.Ordinal) ? state.LockPath : cataloguePath;
            output.Line(DiagnosticFormatter.Format(d, display, tally.Add(d)));
        }

        output.Line(tally.Summary);
        return tally.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Accepts the catalogue into its lock; exit 1 when refused.</summary>
    public static int Update(CommandOutput output, string cataloguePath, string? edition, bool force, string? ciVariable, string? lockPath = null)
    {
        if (IsContinuousIntegration(ciVariable) && !force)
        {
            output.ErrorLine(Texts.RefusedInCi);
            return ExitCodes.Failure;
        }

        if (!File.Exists(cataloguePath))
        {
            output.ErrorLine(DiagnosticFormatter.FormatFileError(cataloguePath, Texts.FileNotFound));
            return ExitCodes.Failure;
        }

        edition ??= DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (edition.Length == 0 || edition.Any(c => char.IsWhiteSpace(c) || c == '|' || char.IsControl(c)))
        {
            output.ErrorLine(Texts.InvalidEdition(edition));
            return ExitCodes.Failure;
        }

        var state = LockState.Load(cataloguePath, edition, requireLock: false, lockPath);

        // Refuse when the catalogue or the lock itself is broken: drift is what an update accepts, nothing else is.
        var blocking = state.Document.Diagnostics
            .Concat(state.Lock?.Diagnostics ?? default)
            .Concat(state.Locked.Diagnostics)
            .Where(d => d.Severity == CatalogueSeverity.Error)
            .ToList();
        if (blocking.Count > 0)
        {
            foreach (var d in blocking)
            {
                output.ErrorLine(d.ToCanonicalString(string.Equals(d.FilePath, state.LockPath, StringComparison.Ordinal) ? state.LockPath : cataloguePath));
            }

            output.ErrorLine(Texts.UpdateRefused);
            return ExitCodes.Failure;
        }

        var accepted = state.Locked.Changes.Where(c => state.Lock is not null || c.Kind != Core.Locking.ChangeKind.Added).ToList();
        var newText = state.NewLockText;
        var oldText = state.Lock is null ? null : File.ReadAllText(state.LockPath);
        if (oldText == newText)
        {
            output.Line(Texts.LockUpToDate(state.LockPath));
            return ExitCodes.Success;
        }

        try
        {
            state.WriteLock();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.ErrorLine(DiagnosticFormatter.FormatFileError(state.LockPath, Texts.CannotWrite(ex.Message)));
            return ExitCodes.Failure;
        }

        if (state.Lock is null)
        {
            output.Line(Texts.LockCreated(state.LockPath, state.Locked.Accepted.Count));
        }
        else
        {
            output.Line(Texts.LockUpdated(state.LockPath, edition));
            ChangeFormatter.WriteTable(output, accepted);
        }

        return ExitCodes.Success;
    }
}
