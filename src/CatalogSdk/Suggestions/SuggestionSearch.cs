using System;
using System.Collections.Generic;

namespace CatalogSdk.Suggestions;

/// <summary>What a <see cref="SuggestionIndex"/> found for one text: ranked hits and whether the grade is ambiguous.</summary>
public sealed class SuggestionSearch
{
    internal static readonly SuggestionSearch None = new(Array.Empty<SuggestionHit>(), Array.Empty<SurgicalGrade>());

    internal SuggestionSearch(SuggestionHit[] hits, SurgicalGrade[] qualifierGrades)
    {
        Hits = hits;
        QualifierGrades = qualifierGrades;
    }

    /// <summary>The hits, best first.</summary>
    public IReadOnlyList<SuggestionHit> Hits { get; }

    /// <summary>
    /// Whether the best matches are procedures that differ only by a qualifier (a body region or lesion type, as in
    /// 经皮椎体成形/椎体后凸成形术(除外上段胸椎和颈椎) and 上段胸椎和颈椎经皮椎体成形/椎体后凸成形术) and have
    /// different grades: the text does not say which grade applies, so every such procedure is in <see cref="Hits"/>.
    /// </summary>
    public bool GradeDependsOnQualifier => QualifierGrades.Count > 1;

    /// <summary>The distinct grades of those procedures, ascending, when <see cref="GradeDependsOnQualifier"/>; otherwise empty.</summary>
    public IReadOnlyList<SurgicalGrade> QualifierGrades { get; }
}
