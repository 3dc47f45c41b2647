namespace CatalogSdk.Suggestions;

/// <summary>
/// One form of a <see cref="SynonymTable"/>: matching reads <see cref="Form"/> as <see cref="Term"/>. Both are folded
/// (see <see cref="CatalogueText"/>, with traditional characters simplified).
/// </summary>
/// <param name="Form">The form people type, folded.</param>
/// <param name="Term">The standard term it stands for, folded.</param>
/// <param name="Kind">Colloquial form or synonym.</param>
/// <param name="Source">The table the rule comes from (<see cref="SynonymTable.DefaultSourceName"/> for the shipped one).</param>
/// <param name="Line">The 1-based line of the rule in its table.</param>
public sealed record SynonymRule(string Form, string Term, SynonymKind Kind, string Source, int Line);
