using System;

namespace CatalogSdk.Privileges;

/// <summary>
/// 手术授权 — one authorisation of a surgeon: procedures of <see cref="Specialty"/> up to <see cref="MaxGrade"/>,
/// from <see cref="ValidFrom"/> (inclusive) to <see cref="ValidUntil"/> (exclusive).
/// </summary>
public sealed class PrivilegeGrant<TSpecialty>
    where TSpecialty : struct, Enum
{
    /// <summary>Creates a grant.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxGrade"/> is not a grade.</exception>
    /// <exception cref="ArgumentException"><paramref name="validUntil"/> is not after <paramref name="validFrom"/>.</exception>
    public PrivilegeGrant(TSpecialty specialty, SurgicalGrade maxGrade, DateTime validFrom, DateTime validUntil)
    {
        if (!SurgicalGrades.IsDefined(maxGrade))
        {
            throw new ArgumentOutOfRangeException(nameof(maxGrade), maxGrade, "授权级别必须是 1–4 级。 The authorised grade must be 1–4.");
        }

        if (validUntil <= validFrom)
        {
            throw new ArgumentException("授权截止时间必须晚于生效时间。 ValidUntil must be after ValidFrom.", nameof(validUntil));
        }

        Specialty = specialty;
        MaxGrade = maxGrade;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>The specialty the grant covers.</summary>
    public TSpecialty Specialty { get; }

    /// <summary>The highest grade the surgeon may perform in that specialty.</summary>
    public SurgicalGrade MaxGrade { get; }

    /// <summary>The first instant the grant is valid.</summary>
    public DateTime ValidFrom { get; }

    /// <summary>The first instant the grant is no longer valid.</summary>
    public DateTime ValidUntil { get; }

    /// <summary>Whether the grant is valid at <paramref name="at"/>.</summary>
    public bool IsValidAt(DateTime at) => at >= ValidFrom && at < ValidUntil;
}
