using System;
using System.Collections.Generic;
using System.Threading;
using CatalogSdk.Core.Diagnostics;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Core.Parsing;

/// <summary>
/// Parses catalogue text in the official format (title, （一）… specialty headings, 一级手术 … 四级手术 grade
/// headings, one procedure per line) plus CatalogSdk's optional annotations. Never throws on any input: every
/// problem becomes a positioned diagnostic, and every non-blank line is accounted for in
/// <see cref="CatalogueDocument.Lines"/>.
/// </summary>
public static partial class CatalogueParser
{
    /// <summary>The most characters a catalogue file may have (8 Mi): a national catalogue is well under 100 Ki.</summary>
    public const int MaxCharacters = 8 * 1024 * 1024;

    /// <summary>The most lines a catalogue file may have.</summary>
    public const int MaxLines = 200_000;

    /// <summary>The most characters one line may have.</summary>
    public const int MaxLineLength = 1_000;

    /// <summary>Parses <paramref name="text"/>, read from <paramref name="filePath"/>.</summary>
    /// <param name="filePath">The path used in diagnostics.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="encodingName">
    /// The encoding the text was decoded with, when known. Anything but UTF-8 or UTF-16 is reported (CSDK1002).
    /// </param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static CatalogueDocument Parse(string filePath, string text, string? encodingName = null, CancellationToken cancellationToken = default)
    {
        filePath ??= string.Empty;
        text ??= string.Empty;
        var state = new ParseState(filePath);
        try
        {
            state.Run(text, encodingName, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The parser must never throw; an internal failure is a diagnostic like any other.
            state.Report(DiagnosticDescriptors.GeneratorFailure, 1, 1, 0, 0, ex.GetType().Name + ": " + ex.Message);
        }

        return state.Build();
    }

    private sealed partial class ParseState
    {
        private readonly string _path;
        private readonly List<CatalogueDiagnostic> _diagnostics = new();
        private readonly List<LineRecord> _lines = new();
        private readonly List<CatalogueSpecialty> _specialties = new();
        private readonly List<ProcedureBuilder> _procedures = new();
        private Dictionary<string, ProcedureBuilder> _byKey = new(StringComparer.Ordinal);
        /// <summary>The offset of each line's start: line n at index n - 1 (lines are numbered in order).</summary>
        private readonly List<int> _lineOffsets = new();
        private string? _title;
        private CatalogueSpecialty? _specialty;
        private SurgicalGrade? _grade;
        private int _gradeHeadingLine;
        private int _linesScanned;
        private bool _onlyBlankOrComment = true;

        public ParseState(string path) => _path = path;

        public void Run(string text, string? encodingName, CancellationToken cancellationToken)
        {
            if (encodingName is not null && !IsUnicodeEncoding(encodingName))
            {
                Report(DiagnosticDescriptors.NotUtf8, 1, 1, 0, 0, encodingName);
            }

            if (text.Length > MaxCharacters)
            {
                Report(
                    DiagnosticDescriptors.CatalogueTooLarge, 1, 1, 0, 0,
                    Format(text.Length) + " 个字符", Format(MaxCharacters) + " 个字符", Format(text.Length) + " characters", Format(MaxCharacters) + " characters");
                text = text.Substring(0, MaxCharacters);
            }

            // Sized once for the lines the text has: grown step by step, the tables of a large catalogue were made again
            // and again, each step a large object for the collector.
            var lines = EstimateLines(text);
            _lines.Capacity = lines;
            _lineOffsets.Capacity = lines;
            _procedures.Capacity = lines;
            _byKey = new Dictionary<string, ProcedureBuilder>(lines, StringComparer.Ordinal);

            var lineNumber = 0;
            var position = 0;
            while (position <= text.Length)
            {
                if (lineNumber == MaxLines)
                {
                    Report(
                        DiagnosticDescriptors.CatalogueTooLarge, lineNumber + 1, 1, position, 0,
                        "超过 " + Format(MaxLines) + " 行", Format(MaxLines) + " 行", "more than " + Format(MaxLines) + " lines", Format(MaxLines) + " lines");
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var end = text.IndexOfAny(s_lineBreaks, position);
                if (end < 0)
                {
                    end = text.Length;
                }

                lineNumber++;
                _lineOffsets.Add(position);
                ParseLine(text, position, end - position, lineNumber);

                if (end >= text.Length)
                {
                    break;
                }

                position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
                if (position == text.Length)
                {
                    break; // A final line break ends the last line; it does not start an empty one.
                }
            }

            Finish();
        }

        private static readonly char[] s_lineBreaks = { '\n', '\r' };

        /// <summary>About how many lines <paramref name="text"/> has (its line feeds, plus one), at most <see cref="MaxLines"/>.</summary>
        private static int EstimateLines(string text)
        {
            var count = 1;
            for (var i = text.IndexOf('\n'); i >= 0 && count < MaxLines; i = text.IndexOf('\n', i + 1))
            {
                count++;
            }

            return count;
        }

        private static bool IsUnicodeEncoding(string name)
        {
            var n = name.ToUpperInvariant().Replace("-", string.Empty).Replace("_", string.Empty);
            return n.StartsWith("UTF8", StringComparison.Ordinal) || n.StartsWith("UNICODE", StringComparison.Ordinal) ||
                   n.StartsWith("UTF16", StringComparison.Ordinal) || n.StartsWith("UTF32", StringComparison.Ordinal) ||
                   n == "UNICODE(UTF8)" || n.StartsWith("CODEPAGE65001", StringComparison.Ordinal);
        }

        private void ParseLine(string text, int lineStart, int lineLength, int line)
        {
            // Trim whitespace of every kind, and a byte-order mark at the very start of the file.
            var start = lineStart;
            var end = lineStart + lineLength;
            while (start < end && (char.IsWhiteSpace(text[start]) || (start == 0 && text[start] == '\uFEFF')))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                _lines.Add(new LineRecord(line, LineKind.Blank));
                return;
            }

            if (end - start > MaxLineLength)
            {
                Report(DiagnosticDescriptors.LineTooLong, line, start - lineStart + 1, start, 0, Format(end - start), Format(MaxLineLength));
                _lines.Add(new LineRecord(line, LineKind.Rejected));
                return;
            }

            var content = text.Substring(start, end - start);

            // A byte-order mark is not a column a reader sees.
            var column = start - lineStart + 1 - (lineStart == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
            var span = new SourceSpan(line, column, start, end - start);

            if (content[0] == '#' || content[0] == '＃')
            {
                _lines.Add(new LineRecord(line, LineKind.Comment));
                return;
            }

            if (!CheckCharacters(content, span))
            {
                _lines.Add(new LineRecord(line, LineKind.Rejected));
                return;
            }

            _lines.Add(new LineRecord(line, ClassifyAndApply(content, span)));
        }

        /// <summary>Reports undecodable and invisible characters; returns false when the line must be rejected.</summary>
        private bool CheckCharacters(string content, SourceSpan span)
        {
            for (var i = 0; i < content.Length; i++)
            {
                var c = content[i];
                if (c == '\uFFFD')
                {
                    Report(DiagnosticDescriptors.UndecodableText, span.Line, span.Column + i, span.Offset + i, 1);
                    return false;
                }

                if (IsDefaultIgnorable(content, i, out var codePoint) || CatalogueText.IsInvisible(c) || IsForbiddenControl(content, i))
                {
                    Report(
                        DiagnosticDescriptors.InvisibleCharacter,
                        span.Line,
                        span.Column + i,
                        span.Offset + i,
                        codePoint > 0xFFFF ? 2 : 1,
                        (span.Column + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        "U+" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Unicode's default-ignorable code points (DerivedCoreProperties.txt): they render as nothing, so a name that
        /// holds one looks exactly like the name without it — and some (Hangul fillers U+3164, U+FFA0, variation
        /// selectors, U+034F) are letters or marks that a C# identifier keeps, which would give two enum members that
        /// look alike. <paramref name="codePoint"/> is the code point at <paramref name="i"/> (a surrogate pair read as one).
        /// </summary>
        private static bool IsDefaultIgnorable(string content, int i, out int codePoint)
        {
            var c = content[i];
            codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, content[i + 1]);
                return codePoint is (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0x1D173 and <= 0x1D17A) or (>= 0xE0000 and <= 0xE0FFF);
            }

            return c is '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u3164' or '\uFEFF' or '\uFFA0'
                or (>= '\u180B' and <= '\u180F') or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
                or (>= '\u2060' and <= '\u206F') or (>= '\uFE00' and <= '\uFE0F') or (>= '\uFFF0' and <= '\uFFF8');
        }

        /// <summary>
        /// Control characters (other than tab), line and paragraph separators, and lone surrogates: nothing a
        /// catalogue name can hold, and each could change how generated code or a reader splits the text.
        /// </summary>
        private static bool IsForbiddenControl(string content, int i)
        {
            var c = content[i];
            if (c == '\t')
            {
                return false;
            }

            if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
            {
                return true;
            }

            if (char.IsHighSurrogate(c))
            {
                return i + 1 >= content.Length || !char.IsLowSurrogate(content[i + 1]);
            }

            return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(content[i - 1]));
        }

        private LineKind ClassifyAndApply(string content, SourceSpan span)
        {
            if (TryParseSpecialtyHeading(content, out var order, out var headingText))
            {
                return ApplySpecialtyHeading(content, order, headingText, span);
            }

            var gradeMatch = MatchGradeHeading(content, out var grade);
            if (gradeMatch == GradeHeadingMatch.Valid)
            {
                if (_specialty is null)
                {
                    Report(DiagnosticDescriptors.GradeHeadingBeforeSpecialty, span, content);
                    return LineKind.Rejected;
                }

                _grade = grade;
                _gradeHeadingLine = span.Line;
                return LineKind.GradeHeading;
            }

            if (gradeMatch == GradeHeadingMatch.Invalid)
            {
                // What follows has no valid grade: it must not be filed under the previous heading's grade.
                _grade = null;
                Report(DiagnosticDescriptors.InvalidGradeHeading, span, content);
                return LineKind.Rejected;
            }

            if (_specialty is null)
            {
                if (_title is null && OnlyBlankOrCommentLinesSoFar() && LooksLikeTitle(content))
                {
                    _title = content;
                    return LineKind.Title;
                }

                Report(DiagnosticDescriptors.TextBeforeFirstHeading, span, content);
                return LineKind.Rejected;
            }

            return ApplyProcedure(content, span);
        }

        /// <summary>
        /// Whether every line before this one is blank or a comment. Incremental, so that each line is looked at once:
        /// scanning all previous lines for every line before the first heading made such text quadratic.
        /// </summary>
        private bool OnlyBlankOrCommentLinesSoFar()
        {
            for (; _onlyBlankOrComment && _linesScanned < _lines.Count; _linesScanned++)
            {
                _onlyBlankOrComment = _lines[_linesScanned].Kind is LineKind.Blank or LineKind.Comment;
            }

            return _onlyBlankOrComment;
        }

        [ThreadStatic]
        private static char[]? t_keyBuffer;

        /// <summary>
        /// <see cref="CatalogueText.ToKey"/> of <paramref name="text"/>, made with one string at most: none when folding
        /// changes nothing (most names), the text itself being its key.
        /// </summary>
        internal static string KeyOf(string text)
        {
            // The first character that folds to another or is ignored ('\0', which folds to itself, is ignored too).
            var i = 0;
            while (i < text.Length && text[i] != CatalogueText.Ignored && CatalogueText.Fold(text[i]) == text[i])
            {
                i++;
            }

            if (i == text.Length)
            {
                return text;
            }

            var buffer = t_keyBuffer;
            if (buffer is null || buffer.Length < text.Length)
            {
                buffer = t_keyBuffer = new char[Math.Max(256, text.Length)];
            }

            text.CopyTo(0, buffer, 0, i);
            var length = i;
            for (; i < text.Length; i++)
            {
                var f = CatalogueText.Fold(text[i]);
                if (f != CatalogueText.Ignored)
                {
                    buffer[length++] = f;
                }
            }

            return new string(buffer, 0, length);
        }

        private static bool LooksLikeTitle(string content) =>
            content.EndsWith("目录", StringComparison.Ordinal) || content.EndsWith("目錄", StringComparison.Ordinal);

        private void ReportAmbiguousAbbreviations(CatalogueProcedure[] procedures)
        {
            var byKey = new Dictionary<string, CatalogueProcedure>(StringComparer.Ordinal);
            foreach (var p in procedures)
            {
                if (p.Abbreviation is null)
                {
                    continue;
                }

                var key = KeyOf(p.Abbreviation);
                if (byKey.TryGetValue(key, out var first))
                {
                    Report(DiagnosticDescriptors.AmbiguousAbbreviation, p.Span, p.Abbreviation, first.Name, Format(first.Line), p.Name);
                }
                else
                {
                    byKey.Add(key, p);
                }
            }
        }

        private LineKind ApplySpecialtyHeading(string content, int order, string headingText, SourceSpan span)
        {
            if (headingText.Length == 0)
            {
                Report(DiagnosticDescriptors.InvalidSpecialtyHeading, span, content, "编号后缺少专科名称", "the number is not followed by a specialty name");
                return LineKind.Rejected;
            }

            var name = ShortSpecialtyName(headingText);
            foreach (var existing in _specialties)
            {
                if (existing.Order == order)
                {
                    Report(
                        DiagnosticDescriptors.InvalidSpecialtyHeading,
                        span,
                        content,
                        "编号与第 " + existing.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 行的专科重复",
                        "its number repeats the specialty at line " + existing.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return LineKind.Rejected;
                }

                if (string.Equals(CatalogueText.ToKey(existing.Name), CatalogueText.ToKey(name), StringComparison.Ordinal))
                {
                    Report(
                        DiagnosticDescriptors.InvalidSpecialtyHeading,
                        span,
                        content,
                        "名称与第 " + existing.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 行的专科重复",
                        "its name repeats the specialty at line " + existing.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return LineKind.Rejected;
                }
            }

            var expected = _specialties.Count + 1;
            if (order != expected)
            {
                Report(
                    DiagnosticDescriptors.SpecialtyOutOfSequence,
                    span,
                    ChineseNumerals.Format(order),
                    ChineseNumerals.Format(expected));
            }

            var specialty = new CatalogueSpecialty(order, name, content, string.Empty, span.Line);
            _specialties.Add(specialty);
            _specialty = specialty;
            _grade = null;
            return LineKind.SpecialtyHeading;
        }

        private static readonly string[] s_specialtySuffixes = { "诊疗手术分级目录", "手术分级目录", "分级目录", "目录" };

        /// <summary>
        /// The heading without its catalogue suffix (诊疗手术分级目录, 手术分级目录, 分级目录 or 目录), and without a
        /// trailing 介入 unless fewer than three characters would remain: 心血管疾病介入诊疗手术分级目录 → 心血管疾病,
        /// 综合介入诊疗手术分级目录 → 综合介入.
        /// </summary>
        internal static string ShortSpecialtyName(string headingText)
        {
            var name = headingText;
            foreach (var suffix in s_specialtySuffixes)
            {
                if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    name = name.Substring(0, name.Length - suffix.Length).Trim();
                    break;
                }
            }

            const string Interventional = "介入";
            if (name.Length - Interventional.Length >= 3 && name.EndsWith(Interventional, StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - Interventional.Length);
            }

            return name;
        }

        private LineKind ApplyProcedure(string content, SourceSpan span)
        {
            if (_grade is not { } grade)
            {
                Report(DiagnosticDescriptors.ProcedureBeforeGradeHeading, span, content);
                return LineKind.Rejected;
            }

            if (!TrySplitAnnotations(content, span, out var name, out var annotations))
            {
                return LineKind.Rejected;
            }

            var nameSpan = new SourceSpan(span.Line, span.Column, span.Offset, name.Length);
            if (!CheckBrackets(name, nameSpan))
            {
                return LineKind.Rejected;
            }

            var key = KeyOf(name);
            if (key.Length == 0)
            {
                Report(DiagnosticDescriptors.AnnotationWithoutName, span);
                return LineKind.Rejected;
            }

            if (RunTogether.TrySplit(name, out var first, out var second))
            {
                Report(DiagnosticDescriptors.LooksRunTogether, nameSpan, name, first, second);
            }

            if (!annotations.IsCatchAll && CatchAll.LooksLikeCatchAllKey(key))
            {
                Report(DiagnosticDescriptors.UnmarkedCatchAll, nameSpan, name);
            }

            var specialty = _specialty!;
            if (_byKey.TryGetValue(key, out var existing))
            {
                if (existing.Grade != grade)
                {
                    Report(
                        DiagnosticDescriptors.ConflictingGrades,
                        nameSpan,
                        name,
                        Format(existing.Line),
                        existing.Grade.GetLabel(),
                        Format(span.Line),
                        grade.GetLabel(),
                        existing.Grade.GetEnglishLabel(),
                        grade.GetEnglishLabel());
                    return LineKind.Rejected;
                }

                existing.Lines.Add(span.Line);
                existing.Abbreviation ??= annotations.Abbreviation ?? Abbreviations.FromName(name);
                existing.Code ??= annotations.Code;
                existing.IsCatchAll |= annotations.IsCatchAll;
                existing.RenamedFrom ??= annotations.RenamedFrom;
                existing.Replaces ??= annotations.Replaces;
                existing.EnglishName ??= annotations.EnglishName;
                if (existing.Specialties.Contains(specialty.Order))
                {
                    var previous = existing.LineIn(specialty.Order);
                    Report(DiagnosticDescriptors.DuplicateInSpecialty, nameSpan, name, Format(previous), Format(span.Line));
                    return LineKind.Repeat;
                }

                existing.Specialties.Add(specialty.Order);
                existing.SpecialtyLines.Add(span.Line);
                return LineKind.Procedure;
            }

            var builder = new ProcedureBuilder(_procedures.Count + 1, name, key, grade, nameSpan)
            {
                Abbreviation = annotations.Abbreviation ?? Abbreviations.FromName(name),
                Code = annotations.Code,
                IsCatchAll = annotations.IsCatchAll,
                RenamedFrom = annotations.RenamedFrom,
                Replaces = annotations.Replaces,
                EnglishName = annotations.EnglishName,
            };
            builder.Specialties.Add(specialty.Order);
            builder.Lines.Add(span.Line);
            builder.SpecialtyLines.Add(span.Line);
            _byKey.Add(key, builder);
            _procedures.Add(builder);
            return LineKind.Procedure;
        }

        /// <summary>Reports a name that ends inside an open bracket or on a separator, or closes a bracket it never opened.</summary>
        private bool CheckBrackets(string name, SourceSpan span)
        {
            var depth = 0;
            foreach (var c in name)
            {
                var f = CatalogueText.Fold(c);
                if (f == '(')
                {
                    depth++;
                }
                else if (f == ')')
                {
                    depth--;
                    if (depth < 0)
                    {
                        Report(DiagnosticDescriptors.UnbalancedBracket, span, name);
                        return false;
                    }
                }
            }

            if (depth > 0)
            {
                Report(DiagnosticDescriptors.LooksWrapped, span, name, "在括号内结束", "ends inside an open bracket");
                return false;
            }

            var last = name[name.Length - 1];
            if (Array.IndexOf(s_separators, last) >= 0)
            {
                Report(
                    DiagnosticDescriptors.LooksWrapped,
                    span,
                    name,
                    "以分隔符「" + last + "」结束",
                    "ends on the separator '" + last + "'");
                return false;
            }

            return true;
        }

        private static readonly char[] s_separators = { '、', '，', ',', '；', ';', '：', ':', '/', '／', '和', '及', '与' };

        private void Finish()
        {
            var hasProcedure = _procedures.Count > 0;
            if (!hasProcedure)
            {
                Report(DiagnosticDescriptors.EmptyCatalogue, 1, 1, 0, 0);
            }

            // A grade heading with nothing under it is harmless; nothing to report.
            _ = _gradeHeadingLine;
        }

        public CatalogueDocument Build()
        {
            var specialties = AssignSpecialtyIdentifiers();
            var procedures = AssignProcedureIdentifiers();
            ReportAmbiguousAbbreviations(procedures);
            _diagnostics.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column != b.Column ? a.Column.CompareTo(b.Column) : string.CompareOrdinal(a.Id, b.Id));
            return new CatalogueDocument(
                _path,
                _title,
                new EquatableArray<CatalogueSpecialty>(specialties),
                new EquatableArray<CatalogueProcedure>(procedures),
                new EquatableArray<CatalogueDiagnostic>(_diagnostics.ToArray()),
                new EquatableArray<LineRecord>(_lines.ToArray()));
        }

        internal void Report(CatalogueDiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
            Report(descriptor, span.Line, span.Column, span.Offset, span.Length, arguments);

        internal void Report(CatalogueDiagnosticDescriptor descriptor, int line, int column, int offset, int length, params string[] arguments) =>
            _diagnostics.Add(new CatalogueDiagnostic(descriptor.Id, _path, line, column, offset, length, new EquatableArray<string>(arguments)));

        internal static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }


    internal sealed class ProcedureBuilder
    {
        public ProcedureBuilder(int ordinal, string name, string key, SurgicalGrade grade, SourceSpan span)
        {
            Span = span;
            int line = span.Line;
            Ordinal = ordinal;
            Name = name;
            Key = key;
            Grade = grade;
            Line = line;
        }

        public int Ordinal { get; }

        public SourceSpan Span { get; }

        public string Name { get; }

        public string Key { get; }

        public SurgicalGrade Grade { get; }

        public int Line { get; }

        // Fields, not properties: each is a mutable struct, added to in place. Most procedures have one specialty and
        // one line, which these hold without an array.
        public SmallIntList Specialties;

        public SmallIntList Lines;

        /// <summary>The line of each of <see cref="Specialties"/>, at the same index.</summary>
        public SmallIntList SpecialtyLines;

        public string? Abbreviation { get; set; }

        public string? Code { get; set; }

        public bool IsCatchAll { get; set; }

        public string? RenamedFrom { get; set; }

        public string? Replaces { get; set; }

        public string? EnglishName { get; set; }

        public int LineIn(int specialtyOrder)
        {
            var index = Specialties.IndexOf(specialtyOrder);
            return index >= 0 ? SpecialtyLines[index] : Line;
        }
    }

    /// <summary>A list of numbers that holds its first without an array: a procedure's specialties and lines.</summary>
    internal struct SmallIntList
    {
        private int _first;
        private int[]? _more;
        private int _count;

        public int Count => _count;

        public int this[int index] => index == 0 ? _first : _more![index - 1];

        public void Add(int value)
        {
            if (_count == 0)
            {
                _first = value;
            }
            else
            {
                if (_more is null)
                {
                    _more = new int[2];
                }
                else if (_count - 1 == _more.Length)
                {
                    Array.Resize(ref _more, _more.Length * 2);
                }

                _more[_count - 1] = value;
            }

            _count++;
        }

        public int IndexOf(int value)
        {
            for (var i = 0; i < _count; i++)
            {
                if (this[i] == value)
                {
                    return i;
                }
            }

            return -1;
        }

        public bool Contains(int value) => IndexOf(value) >= 0;

        public int[] ToArray()
        {
            var result = new int[_count];
            for (var i = 0; i < _count; i++)
            {
                result[i] = this[i];
            }

            return result;
        }
    }
}
