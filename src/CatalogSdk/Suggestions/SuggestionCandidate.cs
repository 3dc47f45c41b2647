namespace CatalogSdk.Suggestions;

/// <summary>One name a <see cref="SuggestionIndex"/> can suggest: a procedure of a generated catalogue or of a parsed one.</summary>
/// <param name="Name">The name exactly as the catalogue writes it.</param>
/// <param name="Abbreviation">The abbreviation (PTCA), or <see langword="null"/>.</param>
/// <param name="Grade">The procedure's grade.</param>
public sealed record SuggestionCandidate(string Name, string? Abbreviation, SurgicalGrade Grade);
