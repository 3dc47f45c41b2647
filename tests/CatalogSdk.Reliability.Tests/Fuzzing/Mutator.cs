using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CatalogSdk.Reliability.Tests.Fuzzing;

/// <summary>One generated input: the bytes of a catalogue file, where they came from and what was done to them.</summary>
internal sealed record FuzzCase(int Index, string SeedName, string Mutations, byte[] Bytes)
{
    public override string ToString() => "case " + Index + " from " + SeedName + ": " + Mutations;
}

/// <summary>
/// Makes catalogue files out of seed catalogues by mutation: at the level of lines (insert, delete, duplicate,
/// swap, join, split, slice, truncate, line ends, risky characters and names) and then of bytes (re-encoding,
/// bit flips, truncation, stray bytes). Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class Mutator
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Lazy<Encoding> s_gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    private readonly Random _random;
    private readonly IReadOnlyList<string> _corpusLines;

    public Mutator(Random random, IEnumerable<string> corpus)
    {
        _random = random;
        _corpusLines = corpus.SelectMany(Support.LineAccounting.SplitLines).Where(l => l.Trim().Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A mutated copy of <paramref name="seed"/>: one to four text mutations, then perhaps a byte-level one.</summary>
    public FuzzCase Mutate(int index, string seedName, string seed)
    {
        var log = new List<string>();
        var lines = Support.LineAccounting.SplitLines(seed);
        var lineEnd = "\n";
        var textMutations = _random.Next(1, 5);
        for (var m = 0; m < textMutations; m++)
        {
            lineEnd = MutateLines(lines, lineEnd, log) ?? lineEnd;
        }

        var text = string.Join(lineEnd, lines) + (_random.Next(4) == 0 ? string.Empty : lineEnd);
        if (_random.Next(10) == 0)
        {
            var cut = _random.Next(text.Length + 1);
            log.Add("truncate text at " + cut);
            text = text.Substring(0, cut);
        }

        var bytes = Encode(text, log);
        if (_random.Next(6) == 0)
        {
            bytes = MutateBytes(bytes, log);
        }

        return new FuzzCase(index, seedName, string.Join("; ", log), bytes);
    }

    private string? MutateLines(List<string> lines, string lineEnd, List<string> log)
    {
        int Pick() => lines.Count == 0 ? 0 : _random.Next(lines.Count);
        switch (_random.Next(14))
        {
            case 0:
            {
                var at = _random.Next(lines.Count + 1);
                var line = _corpusLines.Count == 0 ? RiskyText.Line(_random) : _corpusLines[_random.Next(_corpusLines.Count)];
                lines.Insert(at, line);
                log.Add("insert corpus line at " + at);
                break;
            }

            case 1:
            {
                var at = _random.Next(lines.Count + 1);
                lines.Insert(at, RiskyText.Line(_random));
                log.Add("insert risky line at " + at);
                break;
            }

            case 2:
                if (lines.Count > 0)
                {
                    var at = Pick();
                    lines.RemoveAt(at);
                    log.Add("delete line " + at);
                }

                break;
            case 3:
                if (lines.Count > 0)
                {
                    var from = Pick();
                    var to = _random.Next(2) == 0 ? from : _random.Next(lines.Count + 1);
                    lines.Insert(to, lines[from]);
                    log.Add("duplicate line " + from + " at " + to);
                }

                break;
            case 4:
                if (lines.Count > 1)
                {
                    var a = Pick();
                    var b = Pick();
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    log.Add("swap lines " + a + " and " + b);
                }

                break;
            case 5:
            case 6:
                if (lines.Count > 0)
                {
                    var at = Pick();
                    var chars = _random.Next(1, 4);
                    for (var i = 0; i < chars; i++)
                    {
                        lines[at] = lines[at].Insert(_random.Next(lines[at].Length + 1), RiskyText.Any(_random));
                    }

                    log.Add("insert " + chars + " risky strings into line " + at);
                }

                break;
            case 7:
                if (lines.Count > 0)
                {
                    var at = Pick();
                    lines[at] = RiskyText.Line(_random);
                    log.Add("replace line " + at + " with a risky name");
                }

                break;
            case 8:
                if (lines.Count > 1)
                {
                    var at = _random.Next(lines.Count - 1);
                    lines[at] += lines[at + 1];
                    lines.RemoveAt(at + 1);
                    log.Add("join lines " + at + " and " + (at + 1));
                }

                break;
            case 9:
                if (lines.Count > 0)
                {
                    var at = Pick();
                    var cut = _random.Next(lines[at].Length + 1);
                    lines.Insert(at + 1, lines[at].Substring(cut));
                    lines[at] = lines[at].Substring(0, cut);
                    log.Add("split line " + at + " at " + cut);
                }

                break;
            case 10:
                if (lines.Count > 12)
                {
                    // Keep the head (title and first headings) and a window: small inputs are cheap to compile.
                    var head = Math.Min(lines.Count, _random.Next(2, 8));
                    var start = _random.Next(head, lines.Count);
                    var length = Math.Min(lines.Count - start, _random.Next(5, 60));
                    var window = lines.GetRange(start, length);
                    lines.RemoveRange(head, lines.Count - head);
                    lines.AddRange(window);
                    log.Add("slice: head " + head + ", lines " + start + "+" + length);
                }

                break;
            case 11:
            {
                var ends = new[] { "\n", "\r\n", "\r" };
                var chosen = ends[_random.Next(ends.Length)];
                log.Add("line ends " + Escape(chosen));
                return chosen;
            }

            case 12:
                if (lines.Count > 0)
                {
                    var at = Pick();
                    var count = _random.Next(2) == 0 ? _random.Next(900, 1100) : _random.Next(1, 200);
                    var filler = RiskyText.Any(_random);
                    var builder = new StringBuilder(lines[at]);
                    while (builder.Length < lines[at].Length + count)
                    {
                        builder.Append(_random.Next(3) == 0 ? filler : "甲");
                    }

                    lines[at] = builder.ToString();
                    log.Add("lengthen line " + at + " by about " + count);
                }

                break;
            default:
                if (lines.Count > 0)
                {
                    var at = Pick();
                    lines[at] = (_random.Next(2) == 0 ? " \t\u3000" : string.Empty) + lines[at] + (_random.Next(2) == 0 ? " \u00A0\t" : string.Empty);
                    log.Add("pad line " + at);
                }

                break;
        }

        return null;
    }

    private byte[] Encode(string text, List<string> log)
    {
        switch (_random.Next(12))
        {
            case 0:
                log.Add("UTF-8 with byte-order mark");
                return new byte[] { 0xEF, 0xBB, 0xBF }.Concat(s_utf8.GetBytes(text)).ToArray();
            case 1:
                log.Add("UTF-16LE with byte-order mark");
                return new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray();
            case 2:
                log.Add("UTF-16BE with byte-order mark");
                return new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray();
            case 3:
                log.Add("GB18030 without byte-order mark");
                return s_gb18030.Value.GetBytes(text);
            case 4:
                if (_random.Next(4) == 0)
                {
                    log.Add("UTF-16LE without byte-order mark");
                    return Encoding.Unicode.GetBytes(text);
                }

                goto default;
            default:
                return s_utf8.GetBytes(text);
        }
    }

    private byte[] MutateBytes(byte[] bytes, List<string> log)
    {
        var result = new List<byte>(bytes);
        switch (_random.Next(3))
        {
            case 0:
                var flips = _random.Next(1, 5);
                for (var i = 0; i < flips && result.Count > 0; i++)
                {
                    var at = _random.Next(result.Count);
                    result[at] ^= (byte)(1 << _random.Next(8));
                }

                log.Add("flip " + flips + " bits");
                break;
            case 1:
                var cut = _random.Next(result.Count + 1);
                result.RemoveRange(cut, result.Count - cut);
                log.Add("truncate bytes at " + cut);
                break;
            default:
                var stray = new byte[] { 0x00, 0x80, 0xBF, 0xC0, 0xC3, 0xE4, 0xED, 0xF0, 0xF4, 0xF8, 0xFE, 0xFF };
                var at2 = _random.Next(result.Count + 1);
                result.Insert(at2, stray[_random.Next(stray.Length)]);
                log.Add("insert a stray byte at " + at2);
                break;
        }

        return result.ToArray();
    }

    private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n");
}
