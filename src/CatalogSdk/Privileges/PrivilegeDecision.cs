using System;

namespace CatalogSdk.Privileges;

/// <summary>The outcome of a privilege check: allowed or not, and why, in Chinese and English.</summary>
public readonly struct PrivilegeDecision : IEquatable<PrivilegeDecision>
{
    internal PrivilegeDecision(PrivilegeDecisionReason reason, SurgicalGrade? procedureGrade, SurgicalGrade? authorisedGrade)
    {
        Reason = reason;
        ProcedureGrade = procedureGrade;
        AuthorisedGrade = authorisedGrade;
    }

    /// <summary>Whether the surgeon may perform the procedure. <c>default(PrivilegeDecision)</c> is not allowed.</summary>
    public bool IsAllowed => Reason == PrivilegeDecisionReason.Allowed && AuthorisedGrade.HasValue;

    /// <summary>Why.</summary>
    public PrivilegeDecisionReason Reason { get; }

    /// <summary>The procedure's grade, when the procedure is known.</summary>
    public SurgicalGrade? ProcedureGrade { get; }

    /// <summary>The highest grade a valid grant in the procedure's specialties authorises, if any.</summary>
    public SurgicalGrade? AuthorisedGrade { get; }

    /// <summary>A sentence in Chinese, then English, saying what was decided and why.</summary>
    public string Message => Reason switch
    {
        PrivilegeDecisionReason.Allowed when AuthorisedGrade.HasValue =>
            $"允许：授权至{AuthorisedGrade.Value.GetLabel()}，手术为{ProcedureGrade?.GetLabel()}。 Allowed: authorised up to {AuthorisedGrade.Value.GetEnglishLabel()}, the procedure is {ProcedureGrade?.GetEnglishLabel()}.",
        PrivilegeDecisionReason.UnknownProcedure =>
            "拒绝：目录中没有这个手术。 Refused: the procedure is not in the catalogue.",
        PrivilegeDecisionReason.CatchAllRule =>
            "拒绝：这是新技术的兜底条目，不是手术，需经医院新技术审批。 Refused: this is the catch-all rule for new techniques, not a procedure; it needs the hospital's new-technique approval.",
        PrivilegeDecisionReason.NoGrantForSpecialty =>
            "拒绝：医师在该手术所属专科没有授权。 Refused: the surgeon holds no authorisation in the procedure's specialties.",
        PrivilegeDecisionReason.GrantNotYetValid =>
            "拒绝：医师的授权尚未生效。 Refused: the surgeon's authorisation is not valid yet.",
        PrivilegeDecisionReason.GrantExpired =>
            "拒绝：医师的授权已过期。 Refused: the surgeon's authorisation has expired.",
        PrivilegeDecisionReason.GradeAboveAuthorisation =>
            $"拒绝：手术为{ProcedureGrade?.GetLabel()}，医师仅授权至{AuthorisedGrade?.GetLabel()}。 Refused: the procedure is {ProcedureGrade?.GetEnglishLabel()}, the surgeon is authorised up to {AuthorisedGrade?.GetEnglishLabel()}.",
        PrivilegeDecisionReason.RetiredProcedure =>
            "拒绝：该手术已从目录中停用。 Refused: the procedure is retired from the catalogue.",
        _ => "拒绝：无有效授权。 Refused: no valid authorisation.",
    };

    /// <inheritdoc />
    public bool Equals(PrivilegeDecision other) =>
        Reason == other.Reason && ProcedureGrade == other.ProcedureGrade && AuthorisedGrade == other.AuthorisedGrade;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PrivilegeDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Reason * 31 + (int)(ProcedureGrade ?? 0)) * 31 + (int)(AuthorisedGrade ?? 0);

    /// <summary>The message.</summary>
    public override string ToString() => Message;

    /// <summary>Equality.</summary>
    public static bool operator ==(PrivilegeDecision left, PrivilegeDecision right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PrivilegeDecision left, PrivilegeDecision right) => !left.Equals(right);
}
