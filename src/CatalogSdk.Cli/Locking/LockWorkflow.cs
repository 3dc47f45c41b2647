using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CatalogSdk.Core;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.IO;
using CatalogSdk.Core.Locking;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Cli.Locking;

/// <summary>What the CLI knows about a catalogue and its lock: the same reconciliation the generator runs.</summary>
internal sealed record LockState(
    string CataloguePath,
    string LockPath,
    CatalogueDocument Document,
    LockFile? Lock,
    LockedCatalogue Locked,
    IReadOnlyList<CatalogueDiagnostic> Diagnostics)
{
    /// <summary>
    /// Loads the catalogue at <paramref name="cataloguePath"/> and its lock (same folder and name, <c>.lock</c>), and
    /// reconciles them with <paramref name="edition"/> for the changes an update would record.
    /// </summary>
    public static LockState Load(string cataloguePath, string edition, bool requireLock, string? lockPathSetting = null)
    {
        var document = CatalogueFile.Read(cataloguePath);
        var lockPath = lockPathSetting ?? LockFile.PathFor(cataloguePath);
        LockFile? lockFile = null;
        var diagnostics = new List<CatalogueDiagnostic>(document.Diagnostics);
        var acceptArguments = LockFile.UpdateArguments(cataloguePath, lockPath);
        if (File.Exists(lockPath))
        {
            lockFile = LockFormat.Read(lockPath, File.ReadAllText(lockPath, Encoding.UTF8));
            diagnostics.AddRange(lockFile.Diagnostics);
        }
        else
        {
            var descriptor = requireLock ? DiagnosticDescriptors.LockRequired : DiagnosticDescriptors.LockMissing;
            diagnostics.Add(new CatalogueDiagnostic(
                descriptor.Id, cataloguePath, 1, 1, 0, 0, new EquatableArray<string>(new[] { Path.GetFileName(lockPath), acceptArguments })));
        }

        var locked = LockReconciler.Reconcile(document, lockFile, edition);
        diagnostics.AddRange(locked.Diagnostics);
        if (lockFile is not null)
        {
            diagnostics.AddRange(LockReconciler.DriftDiagnostics(locked, cataloguePath, lockPath, acceptArguments));
        }

        return new LockState(cataloguePath, lockPath, document, lockFile, locked, diagnostics);
    }

    /// <summary>The lock text an update writes.</summary>
    public string NewLockText => LockFormat.Write(Path.GetFileName(CataloguePath), Locked.Accepted);

    /// <summary>
    /// Writes the new lock atomically: to a temporary file in the same folder, then renamed over the old lock,
    /// so an interrupted update leaves the old lock intact.
    /// </summary>
    public void WriteLock()
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(LockPath)) ?? ".";
        var temporary = Path.Combine(directory, "." + Path.GetFileName(LockPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, NewLockText, new UTF8Encoding(false));
            File.Move(temporary, LockPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
