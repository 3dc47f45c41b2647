using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Locking;

/// <summary>What changed between what the lock accepted and the catalogue.</summary>
public enum ChangeKind
{
    /// <summary>A procedure the lock does not hold.</summary>
    Added = 0,

    /// <summary>A procedure the lock holds that the catalogue no longer lists: it gets a tombstone.</summary>
    Retired = 1,

    /// <summary>A procedure renamed, confirmed by @renamed-from (or a return to an old name the lock keeps as alias).</summary>
    Renamed = 2,

    /// <summary>A procedure whose grade changed.</summary>
    Regraded = 3,

    /// <summary>A procedure whose specialties changed.</summary>
    SpecialtiesChanged = 4,

    /// <summary>A row whose catch-all marking changed.</summary>
    CatchAllChanged = 5,

    /// <summary>A retired procedure listed again; it keeps its ID.</summary>
    Reinstated = 6,

    /// <summary>The same procedure written differently (width, brackets, spacing): not a change of meaning.</summary>
    Respelled = 7,
}

/// <summary>
/// One change. <see cref="Span"/> is where it is in the catalogue (null for a retirement, whose place is
/// <see cref="LockLine"/> in the lock).
/// </summary>
public sealed record CatalogueChange(
    ChangeKind Kind,
    int Id,
    string Name,
    string? OldName,
    SurgicalGrade Grade,
    SurgicalGrade? OldGrade,
    string Specialties,
    string? OldSpecialties,
    bool IsCatchAll,
    int? SuccessorId,
    SourceSpan? Span,
    int? LockLine)
{
    /// <summary>Whether the change alters meaning, so that a build must fail until the lock accepts it.</summary>
    public bool IsDrift => Kind != ChangeKind.Respelled;

    /// <summary>For a regrade: up (to a higher grade) or down.</summary>
    public bool IsUpgrade => OldGrade is { } old && Grade > old;
}
