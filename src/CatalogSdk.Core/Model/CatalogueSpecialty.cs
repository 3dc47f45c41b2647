namespace CatalogSdk.Core.Model;

/// <summary>A specialty heading such as （一）心血管疾病介入诊疗手术分级目录.</summary>
/// <param name="Order">The heading's number: 1 for （一）.</param>
/// <param name="Name">The short name: the heading without its number and its 介入诊疗手术分级目录-style suffix.</param>
/// <param name="Heading">The heading as written (trimmed).</param>
/// <param name="Identifier">The C# identifier of the enum member.</param>
/// <param name="Line">The 1-based line of the heading.</param>
public sealed record CatalogueSpecialty(int Order, string Name, string Heading, string Identifier, int Line)
{
    /// <summary>The English name from an English-name overlay beside the catalogue, or null. Used for ASCII identifiers.</summary>
    public string? EnglishName { get; init; }
}
