using System;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Locking;

/// <summary>A change of grade recorded in the lock: in which edition, from which grade to which.</summary>
public sealed record Regrade(string Edition, SurgicalGrade From, SurgicalGrade To);

/// <summary>
/// One procedure the lock has accepted, ever: its stable ID, current name (and key), grade and specialties; for a
/// retired procedure the edition that retired it and its successor; old names kept as aliases; grade history.
/// </summary>
public sealed record LockEntry(
    int Id,
    SurgicalGrade Grade,
    EquatableArray<string> Specialties,
    string Name,
    string Key,
    bool IsCatchAll,
    string? RetiredIn,
    int? SuccessorId,
    EquatableArray<string> Aliases,
    EquatableArray<Regrade> Regrades,
    int Line)
{
    /// <summary>Whether the procedure is retired (has a tombstone).</summary>
    public bool IsRetired => RetiredIn is not null;

    /// <summary>Whether <paramref name="key"/> is this entry's key or one of its aliases' keys.</summary>
    public bool Answers(string key)
    {
        if (string.Equals(Key, key, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var alias in Aliases)
        {
            if (string.Equals(CatalogueText.ToKey(alias), key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Equality ignores <see cref="Line"/>: moving an entry in the file changes nothing.</summary>
    public bool Equals(LockEntry? other) =>
        other is not null && Id == other.Id && Grade == other.Grade && Specialties.Equals(other.Specialties) &&
        Name == other.Name && Key == other.Key && IsCatchAll == other.IsCatchAll && RetiredIn == other.RetiredIn &&
        SuccessorId == other.SuccessorId && Aliases.Equals(other.Aliases) && Regrades.Equals(other.Regrades);

    /// <inheritdoc />
    public override int GetHashCode() => Id * 397 ^ StringComparer.Ordinal.GetHashCode(Key);
}

/// <summary>A parsed lock file: entries sorted by ID, plus any diagnostics about the file itself.</summary>
public sealed record LockFile(string FilePath, EquatableArray<LockEntry> Entries, EquatableArray<Diagnostics.CatalogueDiagnostic> Diagnostics)
{
    /// <summary>The lock file that belongs to a catalogue: same folder and name, extension <c>.lock</c>.</summary>
    public static string PathFor(string cataloguePath) => System.IO.Path.ChangeExtension(cataloguePath, ".lock");

    /// <summary>
    /// The arguments of the <c>catalog lock update</c> command that accepts a change of <paramref name="cataloguePath"/>
    /// into <paramref name="lockPath"/>: the catalogue alone when the lock is the one beside it, otherwise the catalogue
    /// followed by <c>--lock</c> and the lock, so the printed command updates the lock that the build reads. A path with
    /// white space or quotes is quoted.
    /// </summary>
    public static string UpdateArguments(string cataloguePath, string lockPath)
    {
        var catalogue = QuoteArgument(cataloguePath);
        return SamePath(PathFor(cataloguePath), lockPath) ? catalogue : catalogue + " --lock " + QuoteArgument(lockPath);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(a.Replace('\\', '/'), b.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);

    private static string QuoteArgument(string path)
    {
        foreach (var c in path)
        {
            if (char.IsWhiteSpace(c) || c == '"' || c == '\'')
            {
                return "\"" + path.Replace("\"", "\\\"") + "\"";
            }
        }

        return path;
    }

    /// <summary>The highest ID ever used, or 0.</summary>
    public int MaxId
    {
        get
        {
            var max = 0;
            foreach (var e in Entries)
            {
                max = Math.Max(max, e.Id);
            }

            return max;
        }
    }
}
