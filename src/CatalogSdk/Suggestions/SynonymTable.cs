using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;

namespace CatalogSdk.Suggestions;

/// <summary>
/// The colloquial forms, abbreviations and synonyms that suggestions read as catalogue terms. The shipped table
/// (<see cref="Default"/>) is <c>synonyms.txt</c> beside this file; a hospital adds its own with
/// <see cref="Extend"/>. Line format (docs/suggestions.md):
/// <code>
/// 冠状动脉 = 冠脉 | 冠脉血管    # colloquial forms of the standard term
/// 植入 ~ 置入                  # interchangeable spellings, matched as the first
/// </code>
/// </summary>
public sealed class SynonymTable
{
    /// <summary>The source name of the shipped table in rules and errors.</summary>
    public const string DefaultSourceName = "CatalogSdk/Suggestions/synonyms.txt";

    /// <summary>The longest form or term a rule may have, in characters.</summary>
    public const int MaxTermLength = 64;

    private const string ResourceName = "CatalogSdk.Suggestions.synonyms.txt";

    private static readonly Lazy<SynonymTable> s_default = new(LoadDefault);

    private readonly List<SynonymRule> _rules;
    private readonly Dictionary<string, SynonymRule> _byForm;
    private readonly Dictionary<string, SynonymRule> _byTerm;
    private readonly Dictionary<char, SynonymRule[]> _byFirstChar;

    private SynonymTable(List<SynonymRule> rules)
    {
        _rules = rules;
        _byForm = new Dictionary<string, SynonymRule>(StringComparer.Ordinal);
        _byTerm = new Dictionary<string, SynonymRule>(StringComparer.Ordinal);
        var grouped = new Dictionary<char, List<SynonymRule>>();
        foreach (var rule in rules)
        {
            _byForm[rule.Form] = rule;
            if (!_byTerm.ContainsKey(rule.Term))
            {
                _byTerm[rule.Term] = rule;
            }

            if (!grouped.TryGetValue(rule.Form[0], out var list))
            {
                grouped[rule.Form[0]] = list = new List<SynonymRule>();
            }

            list.Add(rule);
        }

        // Each term also matches as itself, so a form inside its own term (房颤 in 心房颤动) is not rewritten there.
        foreach (var term in _byTerm.Values)
        {
            if (!grouped.TryGetValue(term.Term[0], out var list))
            {
                grouped[term.Term[0]] = list = new List<SynonymRule>();
            }

            list.Add(term with { Form = term.Term });
        }

        _byFirstChar = new Dictionary<char, SynonymRule[]>();
        foreach (var pair in grouped)
        {
            // Longest form first, so 室上速 wins over a shorter form that starts the same way.
            pair.Value.Sort((a, b) => b.Form.Length != a.Form.Length ? b.Form.Length - a.Form.Length : string.CompareOrdinal(a.Form, b.Form));
            _byFirstChar[pair.Key] = pair.Value.ToArray();
        }
    }

    /// <summary>The shipped table (<c>synonyms.txt</c>).</summary>
    public static SynonymTable Default => s_default.Value;

    /// <summary>A table with no rules: matching uses folding, traditional characters and the catalogue's names only.</summary>
    public static SynonymTable Empty { get; } = new(new List<SynonymRule>());

    /// <summary>Every rule, in table order (shipped rules first, then each extension's).</summary>
    public IReadOnlyList<SynonymRule> Rules => _rules;

    /// <summary>
    /// Parses a table on its own (without the shipped rules). Never throws: bad lines come back as
    /// <paramref name="errors"/>, each with its line and column, and the table holds the good lines only.
    /// </summary>
    public static SynonymTable Parse(string? text, string source, out IReadOnlyList<SynonymTableError> errors) =>
        Build(Empty, text, source, out errors);

    /// <summary>
    /// This table plus the rules in <paramref name="text"/> (a hospital's own table). Every bad line is an error:
    /// a line without <c>=</c> or <c>~</c>, an empty term or form, a form that is already in this or an earlier
    /// table, a chain (a term that is another rule's form). Nothing is ignored silently.
    /// </summary>
    /// <exception cref="SynonymTableException">The text has bad lines; <see cref="SynonymTableException.Errors"/> lists them.</exception>
    public SynonymTable Extend(string? text, string source)
    {
        var table = Build(this, text, source, out var errors);
        if (errors.Count > 0)
        {
            throw new SynonymTableException(errors);
        }

        return table;
    }

    /// <summary>Like <see cref="Extend"/>, without throwing: <see langword="false"/> and the errors when a line is bad.</summary>
    public bool TryExtend(string? text, string source, out SynonymTable table, out IReadOnlyList<SynonymTableError> errors)
    {
        var extended = Build(this, text, source, out errors);
        table = errors.Count == 0 ? extended : this;
        return errors.Count == 0;
    }

    /// <summary>
    /// The rule whose form starts at <paramref name="index"/> of <paramref name="folded"/>, longest first; or null. A
    /// term standing as itself comes back as a rule whose <see cref="SynonymRule.Form"/> is its <see cref="SynonymRule.Term"/>.
    /// </summary>
    internal SynonymRule? MatchAt(char[] folded, int length, int index)
    {
        if (!_byFirstChar.TryGetValue(folded[index], out var candidates))
        {
            return null;
        }

        foreach (var rule in candidates)
        {
            var form = rule.Form;
            if (index + form.Length > length)
            {
                continue;
            }

            var same = true;
            for (var k = 1; k < form.Length; k++)
            {
                if (folded[index + k] != form[k])
                {
                    same = false;
                    break;
                }
            }

            // An ASCII form (PVP, TIPS) is a word: it does not match inside a longer run of letters or digits.
            if (same && (!IsAsciiWordChar(form[0]) ||
                         ((index == 0 || !IsAsciiWordChar(folded[index - 1])) &&
                          (index + form.Length == length || !IsAsciiWordChar(folded[index + form.Length])))))
            {
                return rule;
            }
        }

        return null;
    }

    internal static bool IsAsciiWordChar(char c) => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    private static SynonymTable LoadDefault()
    {
        using var stream = typeof(SynonymTable).GetTypeInfo().Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("缺少嵌入资源 " + ResourceName + "。 The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = Build(Empty, reader.ReadToEnd(), DefaultSourceName, out var errors);
        if (errors.Count > 0)
        {
            throw new SynonymTableException(errors); // The shipped table is tested; this is a packaging fault.
        }

        return table;
    }

    private static SynonymTable Build(SynonymTable baseTable, string? text, string source, out IReadOnlyList<SynonymTableError> errors)
    {
        source ??= "synonyms";
        var found = new List<SynonymTableError>();
        var rules = new List<SynonymRule>(baseTable._rules);
        var byForm = new Dictionary<string, SynonymRule>(baseTable._byForm, StringComparer.Ordinal);
        var byTerm = new Dictionary<string, SynonymRule>(baseTable._byTerm, StringComparer.Ordinal);
        var lines = (text ?? string.Empty).Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            ParseLine(lines[n].TrimEnd('\r'), n + 1, source, rules, byForm, byTerm, found);
        }

        errors = found;
        return found.Count == 0 && rules.Count == baseTable._rules.Count ? baseTable : new SynonymTable(rules);
    }

    private static void ParseLine(
        string line,
        int lineNumber,
        string source,
        List<SynonymRule> rules,
        Dictionary<string, SynonymRule> byForm,
        Dictionary<string, SynonymRule> byTerm,
        List<SynonymTableError> errors)
    {
        var end = line.Length;
        var op = -1;
        var kind = SynonymKind.Colloquial;
        for (var i = 0; i < line.Length; i++)
        {
            var f = CatalogueText.Fold(line[i]);
            if (f == '#')
            {
                end = i;
                break;
            }

            if (f == '=' || f == '~')
            {
                if (op >= 0)
                {
                    errors.Add(Error(source, lineNumber, i, "一行只能有一个「=」或「~」：每条规则单独一行。 A line holds one '=' or '~': write each rule on its own line."));
                    return;
                }

                op = i;
                kind = f == '=' ? SynonymKind.Colloquial : SynonymKind.Synonym;
            }
        }

        var term = SuggestionText.FoldTerm(line, 0, op < 0 ? end : op);
        if (op < 0)
        {
            if (term.Length > 0)
            {
                errors.Add(Error(source, lineNumber, 0, "缺少「=」或「~」：写成「标准写法 = 简称」或「标准写法 ~ 同义」。 Missing '=' or '~': write 'term = form' or 'term ~ synonym'."));
            }

            return;
        }

        if (term.Length == 0)
        {
            errors.Add(Error(source, lineNumber, 0, "「" + line[op] + "」前缺少标准写法。 The standard term before '" + line[op] + "' is missing."));
            return;
        }

        if (!CheckPiece(term, source, lineNumber, 0, errors))
        {
            return;
        }

        if (byForm.TryGetValue(term, out var chained))
        {
            errors.Add(Error(source, lineNumber, 0,
                "标准写法「" + term + "」已是 " + Where(chained) + " 规则中的简称或同义写法：请直接写成「" + chained.Term + "」。 The term '" + term +
                "' is already a form in the rule at " + Where(chained) + "; write '" + chained.Term + "' instead."));
            return;
        }

        var start = op + 1;
        for (var i = op + 1; i <= end; i++)
        {
            if (i < end && CatalogueText.Fold(line[i]) != '|')
            {
                continue;
            }

            var form = SuggestionText.FoldTerm(line, start, i);
            var column = start;
            while (column < i && CatalogueText.Fold(line[column]) == CatalogueText.Ignored)
            {
                column++;
            }

            start = i + 1;
            if (form.Length == 0)
            {
                errors.Add(Error(source, lineNumber, column, "这里缺少简称或同义写法。 A form is missing here."));
                continue;
            }

            if (!CheckPiece(form, source, lineNumber, column, errors))
            {
                continue;
            }

            if (form == term)
            {
                errors.Add(Error(source, lineNumber, column, "「" + form + "」与标准写法相同：删去它。 '" + form + "' is the term itself; remove it."));
            }
            else if (byForm.TryGetValue(form, out var existing))
            {
                errors.Add(Error(source, lineNumber, column,
                    "「" + form + "」已在 " + Where(existing) + " 定义：一个写法只能属于一条规则，删去其中一处。 '" + form + "' is already defined at " +
                    Where(existing) + ": a form belongs to one rule only; remove one of them."));
            }
            else if (byTerm.TryGetValue(form, out var asTerm))
            {
                errors.Add(Error(source, lineNumber, column,
                    "「" + form + "」是 " + Where(asTerm) + " 规则的标准写法，不能再作简称。 '" + form + "' is the standard term of the rule at " +
                    Where(asTerm) + " and cannot also be a form."));
            }
            else
            {
                var rule = new SynonymRule(form, term, kind, source, lineNumber);
                rules.Add(rule);
                byForm[form] = rule;
                if (!byTerm.ContainsKey(term))
                {
                    byTerm[term] = rule;
                }
            }
        }
    }

    private static bool CheckPiece(string piece, string source, int line, int column, List<SynonymTableError> errors)
    {
        if (piece.Length > MaxTermLength)
        {
            errors.Add(Error(source, line, column, "「" + piece.Substring(0, 16) + "…」超过 " + MaxTermLength + " 个字符。 The text is longer than " + MaxTermLength + " characters."));
            return false;
        }

        if (piece.IndexOf('(') >= 0 || piece.IndexOf(')') >= 0)
        {
            errors.Add(Error(source, line, column, "「" + piece + "」含有括号：括号内的限定语匹配时本就可以省略，不必写入同义词表。 '" + piece +
                "' contains brackets: bracketed qualifiers may already be left out when matching; leave them out of the table."));
            return false;
        }

        return true;
    }

    private static string Where(SynonymRule rule) => rule.Source + "(" + rule.Line + ")";

    private static SynonymTableError Error(string source, int line, int index, string message) =>
        new(source, line, index + 1, message);
}
