using System;
using System.Collections.Generic;

namespace CatalogSdk.Samples.WebApi;

/// <summary>One catalogue entry as the API returns it.</summary>
/// <param name="Id">The stable ID (the generated <c>Procedure</c> member's value, pinned by the lock).</param>
/// <param name="Name">The name exactly as the catalogue writes it.</param>
/// <param name="Grade">1–4.</param>
/// <param name="GradeLabel">一级手术 … 四级手术.</param>
/// <param name="Specialties">The short names of the specialties that list the procedure, in catalogue order.</param>
/// <param name="Abbreviation">For example PTCA, or null.</param>
/// <param name="IsCatchAll">A catch-all rule for new techniques (其他准予临床应用的新技术), not a procedure.</param>
/// <param name="IsRetired">No longer in the catalogue; kept by the lock so stored data still reads.</param>
public sealed record ProcedureDto(
    int Id,
    string Name,
    int Grade,
    string GradeLabel,
    IReadOnlyList<string> Specialties,
    string? Abbreviation,
    bool IsCatchAll,
    bool IsRetired);

/// <summary>The answer of <c>GET /api/procedures</c>.</summary>
/// <param name="Count">The number of items.</param>
/// <param name="Match">
/// <c>all</c> without a query; <c>exact</c> when the query is a name or abbreviation (width, spacing, bracket and case
/// tolerant); <c>partial</c> when it is part of names or abbreviations.
/// </param>
/// <param name="Items">The procedures, in ID order.</param>
public sealed record ProcedureListResponse(int Count, string Match, IReadOnlyList<ProcedureDto> Items);

/// <summary>One specialty with its number of procedures per grade.</summary>
/// <param name="Order">The heading's number: （一） → 1.</param>
/// <param name="Name">The short name, for example 心血管疾病.</param>
/// <param name="Heading">The heading as the catalogue writes it.</param>
/// <param name="Count">The number of procedures (catch-all rules excluded).</param>
/// <param name="CountsByGrade">The number of procedures of grade 1, 2, 3 and 4.</param>
public sealed record SpecialtyDto(int Order, string Name, string Heading, int Count, IReadOnlyList<int> CountsByGrade);

/// <summary>One authorisation of the surgeon (手术授权).</summary>
/// <param name="Specialty">The specialty's short name (心血管疾病) or number (1).</param>
/// <param name="MaxGrade">The highest grade authorised, 1–4.</param>
/// <param name="ValidFrom">The first instant the grant is valid (inclusive).</param>
/// <param name="ValidUntil">The first instant the grant is no longer valid (exclusive).</param>
public sealed record GrantRequest(string? Specialty, int MaxGrade, DateTime ValidFrom, DateTime ValidUntil);

/// <summary>The body of <c>POST /api/privileges/check</c>. Give the procedure by name or abbreviation, or by ID.</summary>
/// <param name="SurgeonId">The surgeon's staff number.</param>
/// <param name="Grants">The surgeon's grants; none means nothing is authorised.</param>
/// <param name="Procedure">The procedure's name or abbreviation, as staff type it.</param>
/// <param name="ProcedureId">The procedure's ID, instead of <paramref name="Procedure"/>.</param>
/// <param name="At">When the procedure is to be performed; the server's local time when omitted.</param>
public sealed record PrivilegeCheckRequest(
    string? SurgeonId,
    IReadOnlyList<GrantRequest>? Grants,
    string? Procedure,
    int? ProcedureId,
    DateTime? At);

/// <summary>The decision of a privilege check.</summary>
/// <param name="Allowed">Whether the surgeon may perform the procedure.</param>
/// <param name="Reason">The <c>PrivilegeDecisionReason</c>: Allowed, UnknownProcedure, CatchAllRule, NoGrantForSpecialty, GrantNotYetValid, GrantExpired, GradeAboveAuthorisation or RetiredProcedure.</param>
/// <param name="Message">What was decided and why, in Chinese, then English.</param>
/// <param name="SurgeonId">The surgeon checked.</param>
/// <param name="Procedure">The procedure, when it is in the catalogue.</param>
/// <param name="ProcedureGrade">The procedure's grade, 1–4, when known.</param>
/// <param name="AuthorisedGrade">The highest grade a valid grant in the procedure's specialties authorises, if any.</param>
/// <param name="At">The instant checked.</param>
public sealed record PrivilegeCheckResponse(
    bool Allowed,
    string Reason,
    string Message,
    string SurgeonId,
    ProcedureDto? Procedure,
    int? ProcedureGrade,
    int? AuthorisedGrade,
    DateTime At);

/// <summary>One suggestion of <c>GET /api/suggest</c>.</summary>
/// <param name="Procedure">The procedure.</param>
/// <param name="Score">0–1; 1 is the whole name.</param>
/// <param name="Reasons">Why it matched, in Chinese (口语简称、忽略末尾的「术」 …).</param>
/// <param name="Explanation">Why it matched, Chinese, then English.</param>
/// <param name="IsQualifierVariant">One of the procedures the grade depends on (see <c>GradeDependsOnQualifier</c>).</param>
public sealed record SuggestionDto(ProcedureDto Procedure, double Score, IReadOnlyList<string> Reasons, string Explanation, bool IsQualifierVariant);

/// <summary>The answer of <c>GET /api/suggest</c>.</summary>
/// <param name="Query">The text as given.</param>
/// <param name="GradeDependsOnQualifier">
/// The best matches differ only by a qualifier (region, lesion type) and have different grades: the user must choose.
/// </param>
/// <param name="QualifierGrades">Those grades (1–4), ascending; empty otherwise.</param>
/// <param name="Note">The Chinese note to show when the grade depends on a qualifier; null otherwise.</param>
/// <param name="Items">The suggestions, best first.</param>
public sealed record SuggestionResponse(string Query, bool GradeDependsOnQualifier, IReadOnlyList<int> QualifierGrades, string? Note, IReadOnlyList<SuggestionDto> Items);
