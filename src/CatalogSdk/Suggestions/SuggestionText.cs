using System.Text;

namespace CatalogSdk.Suggestions;

/// <summary>
/// Text as suggestions compare it. Every name and every query goes through the same steps:
/// <list type="number">
/// <item>fold each character by the catalogue's matching rule (<see cref="CatalogueText.Fold"/>) and simplify
/// traditional characters (<see cref="ChineseVariants"/>): the <em>surface</em> form;</item>
/// <item>rewrite, left to right and longest first, each synonym-table form as its standard term: the <em>full</em> form;</item>
/// <item>drop bracketed qualifiers: the <em>stripped</em> form; then a trailing 术: the <em>core</em>.</item>
/// </list>
/// </summary>
internal sealed class SuggestionText
{
    private SuggestionText(string surface, string full, string stripped, string core, SuggestionReasons rewrites)
    {
        Surface = surface;
        Full = full;
        Stripped = stripped;
        Core = core;
        Rewrites = rewrites;
    }

    /// <summary>The forms of a name that folds to nothing.</summary>
    public static SuggestionText Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, SuggestionReasons.None);

    /// <summary>Folded and simplified, before synonyms.</summary>
    public string Surface { get; }

    /// <summary>With synonym-table forms rewritten as their terms.</summary>
    public string Full { get; }

    /// <summary><see cref="Full"/> without bracketed qualifiers.</summary>
    public string Stripped { get; }

    /// <summary><see cref="Stripped"/> without a trailing 术 (unless that leaves nothing).</summary>
    public string Core { get; }

    /// <summary><see cref="SuggestionReasons.Colloquial"/>, <see cref="SuggestionReasons.Synonym"/> and
    /// <see cref="SuggestionReasons.Traditional"/>, for the steps that changed something.</summary>
    public SuggestionReasons Rewrites { get; }

    /// <summary>Whether <see cref="Full"/> has a bracketed qualifier.</summary>
    public bool HasQualifier => Stripped.Length != Full.Length;

    /// <summary>Whether <see cref="Stripped"/> ends in 术.</summary>
    public bool EndsInShu => Stripped.Length > 0 && Stripped[Stripped.Length - 1] == '术';

    /// <summary>One character folded and simplified; <see cref="CatalogueText.Ignored"/> for one matching ignores.</summary>
    public static char Fold(char c)
    {
        var f = CatalogueText.Fold(c);
        return f == CatalogueText.Ignored ? f : ChineseVariants.ToSimplified(f);
    }

    /// <summary>The folded, simplified text of <paramref name="text"/>[start, end), for synonym-table terms.</summary>
    public static string FoldTerm(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var f = Fold(text[i]);
            if (f != CatalogueText.Ignored)
            {
                builder.Append(f);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The forms of <paramref name="text"/>, or <see langword="null"/> when it folds to nothing or to more than
    /// <paramref name="maxLength"/> characters.
    /// </summary>
    public static SuggestionText? Create(string? text, SynonymTable synonyms, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        var folded = new char[System.Math.Min(text.Length, maxLength)];
        var length = 0;
        var rewrites = SuggestionReasons.None;
        foreach (var c in text)
        {
            var f = CatalogueText.Fold(c);
            if (f == CatalogueText.Ignored)
            {
                continue;
            }

            var s = ChineseVariants.ToSimplified(f);
            if (s != f)
            {
                rewrites |= SuggestionReasons.Traditional;
            }

            if (length == folded.Length)
            {
                return null;
            }

            folded[length++] = s;
        }

        if (length == 0)
        {
            return null;
        }

        var surface = new string(folded, 0, length);
        var full = new StringBuilder(length + 8);
        for (var i = 0; i < length;)
        {
            var rule = synonyms.MatchAt(folded, length, i);
            if (rule is null)
            {
                full.Append(folded[i]);
                i++;
                continue;
            }

            full.Append(rule.Term);
            if (rule.Form.Length == rule.Term.Length && string.CompareOrdinal(rule.Form, rule.Term) == 0)
            {
                i += rule.Form.Length; // The term itself, kept.
                continue;
            }

            rewrites |= rule.Kind == SynonymKind.Colloquial ? SuggestionReasons.Colloquial : SuggestionReasons.Synonym;
            i += rule.Form.Length;
        }

        var fullText = full.ToString();
        var stripped = StripQualifiers(fullText);
        var core = stripped.Length > 1 && stripped[stripped.Length - 1] == '术' ? stripped.Substring(0, stripped.Length - 1) : stripped;
        return new SuggestionText(surface, fullText, stripped, core, rewrites);
    }

    /// <summary><paramref name="text"/> (folded, so every bracket is ( or )) without bracketed parts; an unclosed ( runs to the end.</summary>
    public static string StripQualifiers(string text)
    {
        if (text.IndexOf('(') < 0 && text.IndexOf(')') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth > 0)
                {
                    depth--;
                }
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
