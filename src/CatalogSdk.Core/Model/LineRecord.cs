namespace CatalogSdk.Core.Model;

/// <summary>What a line of the catalogue became. Every line is accounted for.</summary>
public enum LineKind
{
    /// <summary>Empty or whitespace only.</summary>
    Blank = 0,

    /// <summary>A comment (starts with #).</summary>
    Comment = 1,

    /// <summary>The title line.</summary>
    Title = 2,

    /// <summary>A specialty heading.</summary>
    SpecialtyHeading = 3,

    /// <summary>A grade heading.</summary>
    GradeHeading = 4,

    /// <summary>A procedure (possibly with annotations).</summary>
    Procedure = 5,

    /// <summary>A repeat of a procedure already listed; merged into it, with a diagnostic.</summary>
    Repeat = 6,

    /// <summary>Not taken into the model; an error diagnostic says why.</summary>
    Rejected = 7,
}

/// <summary>The fate of one line.</summary>
public readonly record struct LineRecord(int Line, LineKind Kind);
