using System;
using System.Collections;
using System.Collections.Generic;

namespace CatalogSdk.Suggestions;

/// <summary>The suggestions for one text, best first, and whether the grade depends on a qualifier the text leaves out.</summary>
public sealed class ProcedureSuggestions<TProcedure, TSpecialty> : IReadOnlyList<ProcedureSuggestion<TProcedure, TSpecialty>>
    where TProcedure : struct, Enum
    where TSpecialty : struct, Enum
{
    private readonly ProcedureSuggestion<TProcedure, TSpecialty>[] _items;

    internal ProcedureSuggestions(ProcedureSuggestion<TProcedure, TSpecialty>[] items, IReadOnlyList<SurgicalGrade> qualifierGrades)
    {
        _items = items;
        QualifierGrades = qualifierGrades;
    }

    /// <summary>The number of suggestions.</summary>
    public int Count => _items.Length;

    /// <summary>Whether there is no suggestion.</summary>
    public bool IsEmpty => _items.Length == 0;

    /// <summary>The suggestion at <paramref name="index"/>; 0 is the best.</summary>
    public ProcedureSuggestion<TProcedure, TSpecialty> this[int index] => _items[index];

    /// <summary>
    /// Whether the best matches differ only by a qualifier (body region, lesion type) and have different grades.
    /// Then every such procedure is in the list (marked <see cref="ProcedureSuggestion{TProcedure, TSpecialty}.IsQualifierVariant"/>),
    /// even beyond the maximum asked for, and the caller must let the user choose: the text does not decide the grade.
    /// </summary>
    public bool GradeDependsOnQualifier => QualifierGrades.Count > 1;

    /// <summary>The distinct grades of the qualifier variants, ascending, when <see cref="GradeDependsOnQualifier"/>; otherwise empty.</summary>
    public IReadOnlyList<SurgicalGrade> QualifierGrades { get; }

    /// <inheritdoc />
    public IEnumerator<ProcedureSuggestion<TProcedure, TSpecialty>> GetEnumerator() => ((IEnumerable<ProcedureSuggestion<TProcedure, TSpecialty>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
