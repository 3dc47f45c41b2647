using System;

namespace CatalogSdk.Suggestions;

/// <summary>Why a procedure was suggested: how the text typed and the catalogue name came to match.</summary>
[Flags]
public enum SuggestionReasons
{
    /// <summary>No reason (not a suggestion).</summary>
    None = 0,

    /// <summary>The whole name matches (after folding width, whitespace, case and bracket styles).</summary>
    FullName = 1 << 0,

    /// <summary>The text is the procedure's abbreviation (ptca → [PTCA]).</summary>
    Abbreviation = 1 << 1,

    /// <summary>The name matches once a trailing 术 is added or left out.</summary>
    SuffixIgnored = 1 << 2,

    /// <summary>The name matches once bracketed qualifiers (（单侧）, [PTCA], （A型病变）) are left out.</summary>
    QualifierIgnored = 1 << 3,

    /// <summary>The text is the start of the name.</summary>
    StartOfName = 1 << 4,

    /// <summary>The text is part of the name.</summary>
    PartOfName = 1 << 5,

    /// <summary>The text is close to the name (most pairs of neighbouring characters are shared), such as a typing slip.</summary>
    Similar = 1 << 6,

    /// <summary>A colloquial form or abbreviation from the synonym table was read as its standard term (冠脉 → 冠状动脉).</summary>
    Colloquial = 1 << 7,

    /// <summary>An interchangeable spelling from the synonym table was matched (置入/植入, 成型/成形).</summary>
    Synonym = 1 << 8,

    /// <summary>Traditional characters in the text were read as simplified (冠狀動脈 → 冠状动脉).</summary>
    Traditional = 1 << 9,
}
