using System;
using System.Collections.Generic;

namespace CatalogSdk;

/// <summary>
/// What a catalogue says about one procedure (or one catch-all rule). Instances are created once by the
/// generated catalogue and shared; reading them allocates nothing.
/// </summary>
/// <typeparam name="TProcedure">The catalogue's generated <c>Procedure</c> enum.</typeparam>
/// <typeparam name="TSpecialty">The catalogue's generated <c>Specialty</c> enum.</typeparam>
public sealed class ProcedureInfo<TProcedure, TSpecialty>
    where TProcedure : struct, Enum
    where TSpecialty : struct, Enum
{
    private readonly TSpecialty[] _specialties;

    /// <summary>Creates the information for one procedure. Called by generated code.</summary>
    public ProcedureInfo(
        TProcedure procedure,
        int id,
        string name,
        SurgicalGrade grade,
        TSpecialty[] specialties,
        string? abbreviation,
        string? code,
        bool isCatchAll)
        : this(procedure, id, name, grade, specialties, abbreviation, code, isCatchAll, null, null)
    {
    }

    /// <summary>Creates the information for one procedure, retired or not. Called by generated code.</summary>
    public ProcedureInfo(
        TProcedure procedure,
        int id,
        string name,
        SurgicalGrade grade,
        TSpecialty[] specialties,
        string? abbreviation,
        string? code,
        bool isCatchAll,
        string? retiredIn,
        TProcedure? successor)
        : this(procedure, id, name, grade, specialties, abbreviation, code, isCatchAll, retiredIn, successor, null)
    {
    }

    /// <summary>Creates the information for one procedure with its English name. Called by generated code.</summary>
    public ProcedureInfo(
        TProcedure procedure,
        int id,
        string name,
        SurgicalGrade grade,
        TSpecialty[] specialties,
        string? abbreviation,
        string? code,
        bool isCatchAll,
        string? retiredIn,
        TProcedure? successor,
        string? englishName)
    {
        if (!SurgicalGrades.IsDefined(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "不是手术级别。 Not a surgical grade.");
        }

        if (specialties is null || (specialties.Length == 0 && retiredIn is null))
        {
            throw new ArgumentException("手术至少属于一个专科。 A procedure belongs to at least one specialty.", nameof(specialties));
        }

        Procedure = procedure;
        Id = id;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Grade = grade;
        _specialties = specialties;
        Abbreviation = abbreviation;
        Code = code;
        IsCatchAll = isCatchAll;
        RetiredIn = retiredIn;
        Successor = successor;
        EnglishName = englishName;
    }

    /// <summary>The procedure's enum member.</summary>
    public TProcedure Procedure { get; }

    /// <summary>The stable numeric ID: the enum member's value.</summary>
    public int Id { get; }

    /// <summary>The name exactly as the catalogue writes it.</summary>
    public string Name { get; }

    /// <summary>The grade the catalogue gives the procedure.</summary>
    public SurgicalGrade Grade { get; }

    /// <summary>The Chinese label of <see cref="Grade"/> (一级手术 … 四级手术).</summary>
    public string GradeLabel => Grade.GetLabel();

    /// <summary>
    /// The specialties that list the procedure, in catalogue order: at least one for a current procedure; for a
    /// retired one, those of its former specialties the catalogue still has (possibly none).
    /// </summary>
    public CatalogList<TSpecialty> Specialties => new(_specialties);

    /// <summary>The first specialty that lists the procedure (<c>default</c> for a retired one with none left).</summary>
    public TSpecialty PrimarySpecialty => _specialties.Length > 0 ? _specialties[0] : default;

    /// <summary>The abbreviation (for example PTCA), or <see langword="null"/> when the catalogue gives none.</summary>
    public string? Abbreviation { get; }

    /// <summary>
    /// The English name, from the catalogue's @en annotation or its English-name overlay (for the national catalogue,
    /// an informative, unofficial translation); <see langword="null"/> when neither gives one. The Chinese
    /// <see cref="Name"/> is the official one.
    /// </summary>
    public string? EnglishName { get; }

    /// <summary>The national procedure code, only where the catalogue file states one; otherwise <see langword="null"/>.</summary>
    public string? Code { get; }

    /// <summary>
    /// Whether this row is a catch-all rule (such as 其他准予临床应用的新技术) rather than a procedure: it grants a
    /// grade to new techniques the hospital approves, and is never a procedure a surgeon can be scheduled for.
    /// </summary>
    public bool IsCatchAll { get; }

    /// <summary>
    /// Whether the catalogue no longer lists the procedure. Retired procedures keep their ID (the lock file
    /// records them) so stored data still reads; new code should not use them.
    /// </summary>
    public bool IsRetired => RetiredIn is not null;

    /// <summary>The catalogue edition that retired the procedure, or <see langword="null"/> for a current one.</summary>
    public string? RetiredIn { get; }

    /// <summary>The procedure that succeeds a retired one, when the lock names it.</summary>
    public TProcedure? Successor { get; }

    /// <summary>Whether <paramref name="specialty"/> lists the procedure.</summary>
    public bool HasSpecialty(TSpecialty specialty)
    {
        var comparer = EqualityComparer<TSpecialty>.Default;
        foreach (var s in _specialties)
        {
            if (comparer.Equals(s, specialty))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name as the catalogue writes it.</summary>
    public override string ToString() => Name;
}
