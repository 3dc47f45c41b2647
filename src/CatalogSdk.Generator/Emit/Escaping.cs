using System;
using System.Globalization;
using System.Text;

namespace CatalogSdk.Generator.Emit;

/// <summary>
/// The only ways catalogue text reaches generated code: as an escaped C# string literal, as escaped XML
/// documentation text, or as a comment made of safe characters. Identifiers come from
/// <see cref="CatalogSdk.Core.Parsing.Identifiers"/>, which admits letters, digits, marks and underscores only.
/// </summary>
internal static class Escaping
{
    /// <summary>A C# regular string literal, quotes included. Every character that could end the literal, the
    /// line or the file, or that is invisible, is written as a \u escape.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        return AppendLiteral(new StringBuilder(value.Length + 2), value).ToString();
    }

    /// <summary>Appends <see cref="Literal"/> of <paramref name="value"/> to <paramref name="builder"/>.</summary>
    public static StringBuilder AppendLiteral(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            return builder.Append("null");
        }

        builder.Append('"');
        AppendLiteralContent(builder, value);
        builder.Append('"');
        return builder;
    }

    /// <summary>
    /// Appends the characters of <paramref name="value"/> as they appear inside <see cref="Literal"/>, without the
    /// quotes. Each character is escaped on its own, so the content of a literal of strings run together is the
    /// content of each in turn.
    /// </summary>
    public static StringBuilder AppendLiteralContent(StringBuilder builder, string value)
    {
        // Runs of characters that stay as they are are appended whole.
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escape;
            switch (c)
            {
                case '"':
                    escape = "\\\"";
                    break;
                case '\\':
                    escape = "\\\\";
                    break;
                default:
                    if (!NeedsEscape(c))
                    {
                        continue;
                    }

                    escape = null;
                    break;
            }

            builder.Append(value, run, i - run);
            if (escape is null)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(escape);
            }

            run = i + 1;
        }

        return builder.Append(value, run, value.Length - run);
    }

    /// <summary>Text for an XML documentation comment: markup escaped, anything that could end the comment line
    /// or hide text replaced.</summary>
    public static string XmlDoc(string value)
    {
        if (!NeedsXmlDocChange(value))
        {
            return value; // Most text: nothing to escape or replace.
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        builder.Append(c); // Pairs are kept together; a lone surrogate is replaced below.
                    }
                    else if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append('\uFFFD'); // Not an XML character even as a reference (CS1570): shown as the replacement character.
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return ReplaceLoneSurrogates(builder.ToString());
    }

    /// <summary>Whether <see cref="XmlDoc"/> would change any character of <paramref name="value"/>.</summary>
    private static bool NeedsXmlDocChange(string value)
    {
        foreach (var c in value)
        {
            if (c == '&' || c == '<' || c == '>' || char.IsSurrogate(c) || NeedsEscape(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Appends <see cref="XmlDoc"/> of the text in <paramref name="source"/> to <paramref name="builder"/>, without
    /// making either as a string. A surrogate is lone, and replaced, by its neighbours in the text: the escapes
    /// <see cref="XmlDoc"/> writes are never surrogates, so its result is the same.
    /// </summary>
    public static void AppendXmlDoc(StringBuilder builder, StringBuilder source)
    {
        var length = source.Length;
        var text = t_xmlDocBuffer;
        if (text is null || text.Length < length)
        {
            text = t_xmlDocBuffer = new char[Math.Max(512, length)];
        }

        source.CopyTo(0, text, 0, length);

        // Runs of characters that stay as they are are appended whole.
        var run = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c != '&' && c != '<' && c != '>' && !char.IsSurrogate(c) && !NeedsEscape(c))
            {
                continue;
            }

            builder.Append(text, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        var lone = char.IsHighSurrogate(c)
                            ? i + 1 >= length || !char.IsLowSurrogate(text[i + 1])
                            : i == 0 || !char.IsHighSurrogate(text[i - 1]);
                        builder.Append(lone ? '\uFFFD' : c);
                    }
                    else if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }

                    break;
            }
        }

        builder.Append(text, run, length - run);
    }

    [ThreadStatic]
    private static char[]? t_xmlDocBuffer;

    /// <summary>Text for a // comment: only printable characters; anything else becomes '?'.</summary>
    public static string Comment(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in ReplaceLoneSurrogates(value))
        {
            builder.Append(NeedsEscape(c) && !char.IsSurrogate(c) ? '?' : c);
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c)
    {
        if ((c >= ' ' && c < '\u007F') || (c >= '\u4E00' && c <= '\u9FFF'))
        {
            return false; // Printable ASCII and CJK unified ideographs: most of every catalogue, no category lookup.
        }

        if (c < ' ' || (c >= '\u007F' && c <= '\u009F'))
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.Control:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.PrivateUse:
                return true;
            default:
                return false;
        }
    }

    private static string ReplaceLoneSurrogates(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var lone = (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))) ||
                       (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
            if (lone)
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }
}
