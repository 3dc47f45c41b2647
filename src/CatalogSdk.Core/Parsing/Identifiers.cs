using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Parsing;

/// <summary>
/// Turns catalogue names into C# identifiers. The rule (documented in docs/catalogue-format.md):
/// <list type="number">
/// <item>full-width ASCII forms become ASCII (Ａ → A);</item>
/// <item>letters, digits, combining marks and underscores are kept, so Chinese names stay Chinese;</item>
/// <item>every run of other characters (brackets, punctuation, spaces, characters outside the Basic
/// Multilingual Plane) becomes one underscore, and underscores at the ends are dropped;</item>
/// <item>a name that then starts with a digit, is empty, is a C# keyword or is <c>value__</c> gets a leading
/// underscore (reported as CSDK1021);</item>
/// <item>when two names give the same identifier, the one with the higher ID gets <c>_</c> and its ID appended
/// (reported as CSDK1019).</item>
/// </list>
/// </summary>
public static class Identifiers
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "value__",

        // Members every generated type inherits, and the generated types themselves: an enum member or constant
        // with one of these names would hide or clash with it.
        "ToString", "Equals", "GetHashCode", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Procedure", "Specialty", "ProcedureNames", "Catalogue", "ProcedureExtensions", "SpecialtyExtensions",
    };

    /// <summary>
    /// The most characters an identifier made from a name keeps. A metadata name may have at most 1,023 UTF-8 bytes
    /// (CS7013 when the assembly is written), and a Chinese character takes three: 300 characters, with room for a
    /// collision suffix, always fit. No catalogue name comes near it.
    /// </summary>
    public const int MaxLength = 300;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>
    /// Whether <paramref name="word"/> is a reserved C# keyword, the reserved enum field value__, an inherited
    /// member name (ToString, Equals, …) or the name of a generated type.
    /// </summary>
    public static bool IsReserved(string word) => s_keywords.Contains(word);

    /// <summary>
    /// The identifier for <paramref name="name"/> before collisions are resolved, and why it had to be adjusted
    /// (null when it did not).
    /// </summary>
    public static string FromName(string name, out string? adjustment)
    {
        adjustment = null;

        // Written into a buffer this thread keeps: every name of a catalogue comes here once per parse. At most one
        // separator is written per character of the name, so twice its length always fits.
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < name.Length * 2)
        {
            buffer = t_buffer = new char[Math.Max(256, name.Length * 2)];
        }

        var length = 0;
        var pendingSeparator = false;
        foreach (var raw in name)
        {
            var c = raw >= '\uFF01' && raw <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (IsIdentifierPart(c))
            {
                if (pendingSeparator && length > 0)
                {
                    buffer[length++] = '_';
                }

                buffer[length++] = c;
                pendingSeparator = false;
            }
            else
            {
                pendingSeparator = true;
            }
        }

        // Underscores at the ends are dropped (they may be the name's own), then the identifier is cut to its length.
        var start = 0;
        var end = length;
        while (start < end && buffer[start] == '_')
        {
            start++;
        }

        while (end > start && buffer[end - 1] == '_')
        {
            end--;
        }

        if (end - start > MaxLength)
        {
            end = start + MaxLength;
            while (end > start && buffer[end - 1] == '_')
            {
                end--;
            }

            adjustment = "length";
        }

        // A name that is its own identifier (most Chinese names) is not copied.
        var identifier = end - start == name.Length && SameText(buffer, start, name) ? name : new string(buffer, start, end - start);
        if (identifier.Length == 0)
        {
            adjustment = "empty";
            return "_";
        }

        if (!IsIdentifierStart(identifier[0]))
        {
            adjustment = "start";
            return "_" + identifier;
        }

        if (IsReserved(identifier))
        {
            adjustment = "keyword";
            return "_" + identifier;
        }

        return identifier;
    }

    private static bool SameText(char[] buffer, int start, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (buffer[start + i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Identifiers for (ID, name) pairs, unique among themselves: in ID order, a name whose identifier is taken
    /// gets <c>_</c> and its ID appended (repeatedly, should that be taken too).
    /// </summary>
    public static Dictionary<int, string> AssignUnique(IEnumerable<(int Id, string Name)> items)
    {
        var result = new Dictionary<int, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<(int Id, string Name)>(items);
        ordered.Sort((a, b) => a.Id.CompareTo(b.Id));
        foreach (var (id, name) in ordered)
        {
            var identifier = FromName(name, out _);
            var suffix = "_" + id.ToString(CultureInfo.InvariantCulture);
            while (used.Contains(identifier))
            {
                identifier += suffix;
            }

            used.Add(identifier);
            result[id] = identifier;
        }

        return result;
    }

    /// <summary>Whether <paramref name="text"/> is a valid C# identifier as this generator emits them.</summary>
    public static bool IsValid(string text)
    {
        if (string.IsNullOrEmpty(text) || !IsIdentifierStart(text[0]) || IsReserved(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> is a dot-separated sequence of valid identifiers.</summary>
    public static bool IsValidNamespace(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var part in text.Split('.'))
        {
            if (!IsValid(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// ASCII letters, digits and the underscore, and the CJK ideographs U+4E00–U+9FA5 (letters in every Unicode version
    /// a runtime has): most of every name, answered without a category lookup.
    /// </summary>
    private static bool IsCommonIdentifierPart(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c >= '\u4E00' && c <= '\u9FA5');

    internal static bool IsIdentifierStart(char c) =>
        c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => false,
        };

    internal static bool IsIdentifierPart(char c) =>
        IsCommonIdentifierPart(c) || IsIdentifierStart(c) || CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
}

public static partial class CatalogueParser
{
    private sealed partial class ParseState
    {
        private CatalogueSpecialty[] AssignSpecialtyIdentifiers()
        {
            var used = new Dictionary<string, CatalogueSpecialty>(StringComparer.Ordinal);
            var result = new CatalogueSpecialty[_specialties.Count];
            for (var i = 0; i < _specialties.Count; i++)
            {
                var s = _specialties[i];
                var identifier = Adjusted(s.Name, LineSpan(s.Line));
                if (used.TryGetValue(identifier, out var other))
                {
                    var renamed = identifier + "_" + Format(s.Order);
                    while (used.ContainsKey(renamed))
                    {
                        renamed += "_" + Format(s.Order); // The suffixed name may itself be another name's identifier.
                    }

                    Report(DiagnosticDescriptors.IdentifierCollision, LineSpan(s.Line), s.Name, Format(other.Line), other.Name, identifier, renamed);
                    identifier = renamed;
                }

                result[i] = s with { Identifier = identifier };
                used[identifier] = result[i];
            }

            return result;
        }

        private CatalogueProcedure[] AssignProcedureIdentifiers()
        {
            var used = new Dictionary<string, ProcedureBuilder>(_procedures.Count, StringComparer.Ordinal);
            var result = new CatalogueProcedure[_procedures.Count];
            for (var i = 0; i < _procedures.Count; i++)
            {
                var p = _procedures[i];
                var identifier = Adjusted(p.Name, p.Span);
                if (used.TryGetValue(identifier, out var other))
                {
                    var renamed = identifier + "_" + Format(p.Ordinal);
                    while (used.ContainsKey(renamed))
                    {
                        renamed += "_" + Format(p.Ordinal); // The suffixed name may itself be another name's identifier.
                    }

                    Report(DiagnosticDescriptors.IdentifierCollision, p.Span, p.Name, Format(other.Line), other.Name, identifier, renamed);
                    identifier = renamed;
                }

                used[identifier] = p;
                result[i] = new CatalogueProcedure(
                    p.Ordinal,
                    p.Name,
                    p.Key,
                    p.Grade,
                    new EquatableArray<int>(p.Specialties.ToArray()),
                    p.Abbreviation,
                    p.Code,
                    p.IsCatchAll,
                    p.Span,
                    new EquatableArray<int>(p.Lines.ToArray()),
                    identifier)
                {
                    RenamedFrom = p.RenamedFrom,
                    Replaces = p.Replaces,
                    EnglishName = p.EnglishName,
                };
            }

            return result;
        }

        private string Adjusted(string name, SourceSpan span)
        {
            var identifier = Identifiers.FromName(name, out var adjustment);
            if (adjustment is not null)
            {
                var (zh, en) = adjustment switch
                {
                    "empty" => ("名称中没有可用作标识符的字符", "it has no character an identifier can hold"),
                    "start" => ("标识符不能以数字开头", "an identifier cannot start with a digit"),
                    "length" => ("名称过长，标识符只保留前 " + Format(Identifiers.MaxLength) + " 个字符", "it is longer than the " + Format(Identifiers.MaxLength) + " characters an identifier keeps"),
                    _ => ("它是 C# 关键字", "it is a C# keyword"),
                };
                Report(DiagnosticDescriptors.IdentifierAdjusted, span, name, zh, identifier, en);
            }

            return identifier;
        }

        private SourceSpan LineSpan(int line)
        {
            return line >= 1 && line <= _lineOffsets.Count ? new SourceSpan(line, 1, _lineOffsets[line - 1], 0) : new SourceSpan(line, 1, 0, 0);
        }
    }
}
