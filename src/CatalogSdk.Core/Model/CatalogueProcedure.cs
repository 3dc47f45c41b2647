using CatalogSdk;

namespace CatalogSdk.Core.Model;

/// <summary>
/// One distinct procedure (or catch-all rule) of a catalogue. Identity is <see cref="Key"/>, the folded name:
/// the same procedure listed under two specialties is one procedure with two specialties.
/// </summary>
/// <param name="Id">The numeric ID: the order of first appearance until a lock file pins IDs.</param>
/// <param name="Name">The name exactly as the catalogue writes it at its first appearance.</param>
/// <param name="Key">The folded name (see <see cref="CatalogueText"/>).</param>
/// <param name="Grade">The grade.</param>
/// <param name="Specialties">The orders of the specialties that list it, in catalogue order.</param>
/// <param name="Abbreviation">From a trailing ASCII bracket such as [PTCA], or an @abbr annotation.</param>
/// <param name="Code">From a @code annotation only; never inferred.</param>
/// <param name="IsCatchAll">Marked @catch-all: a rule for new techniques, not a procedure.</param>
/// <param name="Span">Where the name first appears.</param>
/// <param name="Lines">Every line that lists it.</param>
/// <param name="Identifier">The C# identifier of the enum member and name constant.</param>
public sealed record CatalogueProcedure(
    int Id,
    string Name,
    string Key,
    SurgicalGrade Grade,
    EquatableArray<int> Specialties,
    string? Abbreviation,
    string? Code,
    bool IsCatchAll,
    SourceSpan Span,
    EquatableArray<int> Lines,
    string Identifier)
{
    /// <summary>The 1-based line of the first appearance.</summary>
    public int Line => Span.Line;

    /// <summary>The old name given by @renamed-from (@原名): this procedure is that one, renamed.</summary>
    public string? RenamedFrom { get; init; }

    /// <summary>The name given by @replaces (@取代): the retired procedure this one succeeds.</summary>
    public string? Replaces { get; init; }

    /// <summary>
    /// The English name given by @en (@英文), or by an English-name overlay beside the catalogue; null when neither
    /// gives one. Used for ASCII identifiers and <c>ProcedureInfo.EnglishName</c>; never part of the procedure's identity.
    /// </summary>
    public string? EnglishName { get; init; }
}
