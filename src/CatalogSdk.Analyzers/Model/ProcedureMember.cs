using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Analyzers.Model;

/// <summary>What the attributes of one generated <c>Procedure</c> member say.</summary>
internal sealed class ProcedureMember
{
    public ProcedureMember(IFieldSymbol field, long value, int? grade, string? retiredIn, int? successorId, ImmutableArray<Regrade> regrades)
    {
        Field = field;
        Value = value;
        Grade = grade;
        RetiredIn = retiredIn;
        SuccessorId = successorId;
        Regrades = regrades;
        Name = field.Name;
    }

    public IFieldSymbol Field { get; }

    /// <summary>The member's value: the procedure's stable ID.</summary>
    public long Value { get; }

    /// <summary>The C# identifier.</summary>
    public string Identifier => Field.Name;

    /// <summary>The name as the catalogue writes it (from <c>ProcedureNames</c>), or the identifier when that is missing.</summary>
    public string Name { get; set; }

    /// <summary>Whether <c>ProcedureNames</c> declares a constant with the member's identifier that holds <see cref="Name"/>.</summary>
    public bool HasNameConstant { get; set; }

    /// <summary>The grade from <c>[CatalogueGrade]</c>, or null when the member has none.</summary>
    public int? Grade { get; }

    /// <summary>The edition from <c>[RetiredProcedure]</c>, or null when the procedure is current.</summary>
    public string? RetiredIn { get; }

    public bool IsRetired => RetiredIn is not null;

    /// <summary>The successor's ID from <c>[RetiredProcedure(SuccessorId = …)]</c>, or null.</summary>
    public int? SuccessorId { get; }

    /// <summary>
    /// The current member to use instead of this retired one: the successor, following successors that were retired
    /// in turn. Null when the lock names none (or the chain ends in a retired member).
    /// </summary>
    public ProcedureMember? CurrentSuccessor { get; set; }

    /// <summary>The <c>[Regraded]</c> records, in declaration order.</summary>
    public ImmutableArray<Regrade> Regrades { get; }
}

/// <summary>One <c>[Regraded(edition, from, to)]</c> record.</summary>
internal readonly struct Regrade
{
    public Regrade(string edition, int from, int to)
    {
        Edition = edition;
        From = from;
        To = to;
    }

    public string Edition { get; }

    public int From { get; }

    public int To { get; }
}
