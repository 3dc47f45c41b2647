using System;

namespace CatalogSdk;

/// <summary>
/// Marks a generated <c>Procedure</c> member whose procedure the catalogue no longer lists: the lock keeps it, with
/// its ID, so stored data still reads, and the analyzers report code that uses it.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class RetiredProcedureAttribute : Attribute
{
    /// <summary>Marks a retired procedure.</summary>
    /// <param name="edition">The catalogue edition that retired it.</param>
    public RetiredProcedureAttribute(string edition)
    {
        Edition = edition;
    }

    /// <summary>The catalogue edition that retired the procedure.</summary>
    public string Edition { get; }

    /// <summary>The ID of the procedure that succeeds it, or 0 when the lock names none.</summary>
    public int SuccessorId { get; set; }
}

/// <summary>Records on a generated <c>Procedure</c> member that an edition changed its grade.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
public sealed class RegradedAttribute : Attribute
{
    /// <summary>Records a regrade.</summary>
    public RegradedAttribute(string edition, SurgicalGrade from, SurgicalGrade to)
    {
        Edition = edition;
        From = from;
        To = to;
    }

    /// <summary>The edition that changed the grade.</summary>
    public string Edition { get; }

    /// <summary>The grade before.</summary>
    public SurgicalGrade From { get; }

    /// <summary>The grade after.</summary>
    public SurgicalGrade To { get; }
}
