using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using CatalogSdk.Cli.Loading;
using CatalogSdk.Cli.Output;
using CatalogSdk.Core;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Cli.Commands;

/// <summary>
/// <c>catalog diff &lt;old&gt; &lt;new&gt; [--format table|json|markdown] [--rename OLD=NEW]…</c>: what changed between
/// two editions. A rename is reported only when confirmed, by <c>@renamed-from</c> in the new catalogue or by
/// <c>--rename</c>; otherwise it shows as one procedure retired and another added. Exit code: 0 no changes,
/// 1 changes, 2 a catalogue could not be read or has errors.
/// </summary>
internal static class DiffCommand
{
    public const int NoChanges = 0;
    public const int Changes = 1;
    public const int Trouble = 2;

    public static Command Create()
    {
        var oldFile = new Argument<string>("old") { Description = Texts.DiffOldDescription };
        var newFile = new Argument<string>("new") { Description = Texts.DiffNewDescription };
        FileArguments.RejectUnknownOptions(oldFile);
        FileArguments.RejectUnknownOptions(newFile);
        var format = new Option<string>("--format", "-f") { Description = Texts.DiffFormatDescription, DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var renames = new Option<string[]>("--rename") { Description = Texts.RenameDescription, AllowMultipleArgumentsPerToken = false };
        var command = new Command("diff", Texts.DiffDescription) { oldFile, newFile, format, renames };
        command.SetAction(parseResult => Execute(
            CommandOutput.From(parseResult),
            parseResult.GetValue(oldFile)!,
            parseResult.GetValue(newFile)!,
            parseResult.GetValue(format) ?? "table",
            parseResult.GetValue(renames) ?? Array.Empty<string>()));
        return command;
    }

    public static int Execute(CommandOutput output, string oldPath, string newPath, string format, IReadOnlyList<string> renames)
    {
        var oldLoaded = CatalogueLoader.Load(oldPath);
        var newLoaded = CatalogueLoader.Load(newPath);
        var trouble = false;
        foreach (var loaded in new[] { oldLoaded, newLoaded })
        {
            if (loaded.Document is null)
            {
                output.ErrorLine(DiagnosticFormatter.FormatFileError(loaded.DisplayPath, loaded.Failure!));
                trouble = true;
                continue;
            }

            foreach (var d in loaded.Document.Diagnostics.Where(d => d.Severity == CatalogueSeverity.Error))
            {
                output.ErrorLine(d.ToCanonicalString(loaded.DisplayPath));
                trouble = true;
            }
        }

        if (trouble)
        {
            output.ErrorLine(Texts.DiffRefused);
            return Trouble;
        }

        var newDocument = newLoaded.Document!;
        foreach (var rename in renames)
        {
            var eq = rename.IndexOf('=');
            if (eq <= 0 || eq == rename.Length - 1)
            {
                output.ErrorLine(Texts.InvalidRename(rename));
                return Trouble;
            }

            var from = rename.Substring(0, eq).Trim();
            var toKey = CatalogueText.ToKey(rename.Substring(eq + 1));
            var target = newDocument.Procedures.FirstOrDefault(p => p.Key == toKey);
            if (target is null)
            {
                output.ErrorLine(Texts.RenameTargetMissing(rename.Substring(eq + 1).Trim(), newPath));
                return Trouble;
            }

            newDocument = newDocument with
            {
                Procedures = new EquatableArray<CatalogueProcedure>(newDocument.Procedures.Select(p => p.Key == toKey ? p with { RenamedFrom = from } : p).ToArray()),
            };
        }

        // The old edition, accepted into a lock, is the baseline the new one is compared with: its own lock when it
        // has a sound one (so IDs are the stable ones), otherwise a lock made from it in order of appearance.
        LockFile? oldLock = null;
        var oldLockPath = LockFile.PathFor(oldPath);
        if (System.IO.File.Exists(oldLockPath))
        {
            oldLock = LockFormat.Read(oldLockPath, System.IO.File.ReadAllText(oldLockPath));
            if (oldLock.Diagnostics.Count > 0)
            {
                oldLock = null;
            }
        }

        var baseline = LockReconciler.Reconcile(oldLoaded.Document!, oldLock, "old");
        var baselineLock = new LockFile(oldPath, baseline.Accepted, EquatableArray<CatalogueDiagnostic>.Empty);
        var compared = LockReconciler.Reconcile(newDocument, baselineLock, "new");
        foreach (var d in compared.Diagnostics)
        {
            output.ErrorLine(d.ToCanonicalString(newPath));
        }

        if (compared.Diagnostics.Count > 0)
        {
            return Trouble;
        }

        var changes = compared.Changes.Where(c => c.IsDrift).ToList();
        switch (format)
        {
            case "json":
                ChangeFormatter.WriteJson(output, oldPath, newPath, changes);
                break;
            case "markdown":
                ChangeFormatter.WriteMarkdown(output, oldPath, newPath, changes);
                break;
            default:
                ChangeFormatter.WriteTable(output, changes);
                break;
        }

        return changes.Count == 0 ? NoChanges : Changes;
    }
}
