using System;

namespace CatalogSdk.Suggestions;

/// <summary>One suggested procedure: what the catalogue says about it, how well it matches and why.</summary>
public sealed class ProcedureSuggestion<TProcedure, TSpecialty>
    where TProcedure : struct, Enum
    where TSpecialty : struct, Enum
{
    internal ProcedureSuggestion(ProcedureInfo<TProcedure, TSpecialty> info, double score, SuggestionReasons reasons, bool isQualifierVariant)
    {
        Info = info;
        Score = score;
        Reasons = reasons;
        IsQualifierVariant = isQualifierVariant;
    }

    /// <summary>The procedure's catalogue information (name, grade, specialties …).</summary>
    public ProcedureInfo<TProcedure, TSpecialty> Info { get; }

    /// <summary>The procedure's enum member.</summary>
    public TProcedure Procedure => Info.Procedure;

    /// <summary>The name exactly as the catalogue writes it.</summary>
    public string Name => Info.Name;

    /// <summary>The grade the catalogue gives the procedure.</summary>
    public SurgicalGrade Grade => Info.Grade;

    /// <summary>How well the text matches, from 0 to 1: 1 is the whole name (docs/suggestions.md lists the levels).</summary>
    public double Score { get; }

    /// <summary>Why the procedure matched.</summary>
    public SuggestionReasons Reasons { get; }

    /// <summary>Why it matched, Chinese first, then English (口语简称、忽略末尾的「术」 (colloquial form, trailing 术 ignored)).</summary>
    public string Explanation => Reasons.Describe();

    /// <summary>
    /// Whether this procedure is one of the qualifier variants that make the grade ambiguous
    /// (<see cref="ProcedureSuggestions{TProcedure, TSpecialty}.GradeDependsOnQualifier"/>).
    /// </summary>
    public bool IsQualifierVariant { get; }

    /// <summary>The name, grade and score.</summary>
    public override string ToString() => Name + " · " + Info.GradeLabel + " · " + Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
