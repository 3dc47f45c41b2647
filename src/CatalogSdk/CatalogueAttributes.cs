using System;

namespace CatalogSdk;

/// <summary>
/// Marks an enum generated from a catalogue (its <c>Procedure</c> enum), so analyzers tell it apart from other enums
/// with the same member names.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class ProcedureCatalogueAttribute : Attribute
{
    /// <summary>Marks a generated procedure enum.</summary>
    /// <param name="title">The catalogue's title.</param>
    public ProcedureCatalogueAttribute(string title)
    {
        Title = title;
    }

    /// <summary>The catalogue's title.</summary>
    public string Title { get; }
}

/// <summary>The grade the catalogue gives a generated <c>Procedure</c> member; analyzers compare code with it.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class CatalogueGradeAttribute : Attribute
{
    /// <summary>Records the catalogue's grade.</summary>
    public CatalogueGradeAttribute(SurgicalGrade grade)
    {
        Grade = grade;
    }

    /// <summary>The catalogue's grade.</summary>
    public SurgicalGrade Grade { get; }
}

/// <summary>
/// Declares the grade a method, class or configuration entry assumes for a procedure, for example a handler
/// written for grade-3 procedures. The analyzers report it when the catalogue gives the procedure another grade.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
public sealed class ExpectedGradeAttribute : Attribute
{
    /// <summary>Declares the assumed grade of <paramref name="procedure"/> (a member of a generated <c>Procedure</c> enum).</summary>
    public ExpectedGradeAttribute(object procedure, SurgicalGrade grade)
    {
        Procedure = procedure;
        Grade = grade;
    }

    /// <summary>The procedure.</summary>
    public object Procedure { get; }

    /// <summary>The grade the code assumes.</summary>
    public SurgicalGrade Grade { get; }
}

/// <summary>
/// Allows references to retired procedures inside the marked method, property, class or struct, for code that
/// reads or migrates old data. The rest of the code is still checked.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
public sealed class AllowRetiredProceduresAttribute : Attribute
{
    /// <summary>Allows retired procedures here.</summary>
    /// <param name="reason">Why, for reviewers: for example “reads records written before 2025”.</param>
    public AllowRetiredProceduresAttribute(string reason)
    {
        Reason = reason;
    }

    /// <summary>Why retired procedures are allowed here.</summary>
    public string Reason { get; }
}
