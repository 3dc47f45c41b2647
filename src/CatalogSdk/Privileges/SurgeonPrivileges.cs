using System;
using System.Collections.Generic;

namespace CatalogSdk.Privileges;

/// <summary>
/// A surgeon's authorisations (手术授权), per specialty, each with a validity period. <see cref="Check"/> fails
/// closed: an unknown or retired procedure, a catch-all rule, a missing, expired or not-yet-valid grant, or a grade above the
/// grant is refused, with the reason.
/// </summary>
public sealed class SurgeonPrivileges<TSpecialty>
    where TSpecialty : struct, Enum
{
    private readonly PrivilegeGrant<TSpecialty>[] _grants;

    /// <summary>Creates the privileges of one surgeon.</summary>
    public SurgeonPrivileges(string surgeonId, IEnumerable<PrivilegeGrant<TSpecialty>> grants)
    {
        if (string.IsNullOrWhiteSpace(surgeonId))
        {
            throw new ArgumentException("必须提供医师标识。 A surgeon ID is required.", nameof(surgeonId));
        }

        if (grants is null)
        {
            throw new ArgumentNullException(nameof(grants));
        }

        SurgeonId = surgeonId;
        var list = new List<PrivilegeGrant<TSpecialty>>();
        foreach (var grant in grants)
        {
            list.Add(grant ?? throw new ArgumentException("授权不能为 null。 A grant cannot be null.", nameof(grants)));
        }

        _grants = list.ToArray();
    }

    /// <summary>The surgeon's identifier (staff number).</summary>
    public string SurgeonId { get; }

    /// <summary>The grants.</summary>
    public CatalogList<PrivilegeGrant<TSpecialty>> Grants => new(_grants);

    /// <summary>
    /// Whether the surgeon may perform <paramref name="procedure"/> at <paramref name="at"/>. A
    /// <see langword="null"/> procedure (for example the result of a failed lookup) is refused as unknown.
    /// </summary>
    public PrivilegeDecision Check<TProcedure>(ProcedureInfo<TProcedure, TSpecialty>? procedure, DateTime at)
        where TProcedure : struct, Enum
    {
        if (procedure is null || !SurgicalGrades.IsDefined(procedure.Grade))
        {
            return new PrivilegeDecision(PrivilegeDecisionReason.UnknownProcedure, null, null);
        }

        if (procedure.IsRetired)
        {
            return new PrivilegeDecision(PrivilegeDecisionReason.RetiredProcedure, procedure.Grade, null);
        }

        if (procedure.IsCatchAll)
        {
            return new PrivilegeDecision(PrivilegeDecisionReason.CatchAllRule, procedure.Grade, null);
        }

        SurgicalGrade? best = null;
        bool anyForSpecialty = false, anyExpired = false, anyNotYetValid = false;
        foreach (var grant in _grants)
        {
            if (!procedure.HasSpecialty(grant.Specialty))
            {
                continue;
            }

            anyForSpecialty = true;
            if (at < grant.ValidFrom)
            {
                anyNotYetValid = true;
                continue;
            }

            if (at >= grant.ValidUntil)
            {
                anyExpired = true;
                continue;
            }

            if (best is null || grant.MaxGrade > best.Value)
            {
                best = grant.MaxGrade;
            }
        }

        if (best is { } authorised)
        {
            return authorised >= procedure.Grade
                ? new PrivilegeDecision(PrivilegeDecisionReason.Allowed, procedure.Grade, authorised)
                : new PrivilegeDecision(PrivilegeDecisionReason.GradeAboveAuthorisation, procedure.Grade, authorised);
        }

        var reason = anyExpired ? PrivilegeDecisionReason.GrantExpired
            : anyNotYetValid ? PrivilegeDecisionReason.GrantNotYetValid
            : anyForSpecialty ? PrivilegeDecisionReason.NoGrantForSpecialty
            : PrivilegeDecisionReason.NoGrantForSpecialty;
        return new PrivilegeDecision(reason, procedure.Grade, null);
    }
}
