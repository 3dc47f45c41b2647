namespace CatalogSdk.Privileges;

/// <summary>Why a privilege check allowed or refused a procedure.</summary>
public enum PrivilegeDecisionReason
{
    /// <summary>A valid grant in one of the procedure's specialties covers its grade.</summary>
    Allowed = 0,

    /// <summary>The procedure is unknown (not in the catalogue, or no information was given).</summary>
    UnknownProcedure = 1,

    /// <summary>The row is a catch-all rule for new techniques, not a procedure: it needs the hospital's own approval.</summary>
    CatchAllRule = 2,

    /// <summary>The surgeon holds no grant in any specialty that lists the procedure.</summary>
    NoGrantForSpecialty = 3,

    /// <summary>The surgeon's grants for the procedure's specialties are not valid yet.</summary>
    GrantNotYetValid = 4,

    /// <summary>The surgeon's grants for the procedure's specialties have expired.</summary>
    GrantExpired = 5,

    /// <summary>A valid grant exists, but the procedure's grade is above it.</summary>
    GradeAboveAuthorisation = 6,

    /// <summary>The catalogue no longer lists the procedure (it is retired); it cannot be scheduled.</summary>
    RetiredProcedure = 7,
}
