namespace CatalogSdk.Suggestions;

/// <summary>One match of a <see cref="SuggestionIndex"/> search.</summary>
/// <param name="Candidate">The position of the candidate in the list the index was built from.</param>
/// <param name="Score">How well the text matches, from 0 (not at all) to 1 (the whole name).</param>
/// <param name="Reasons">Why it matched.</param>
/// <param name="IsQualifierVariant">Whether the candidate is one of the best match's qualifier variants (see
/// <see cref="SuggestionSearch.GradeDependsOnQualifier"/>).</param>
public readonly record struct SuggestionHit(int Candidate, double Score, SuggestionReasons Reasons, bool IsQualifierVariant);
