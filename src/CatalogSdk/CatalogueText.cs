using System;
using System.Runtime.CompilerServices;

namespace CatalogSdk;

/// <summary>
/// The matching rule for procedure names and abbreviations, shared by the catalogue parser, the generated
/// lookups and the analyzers. Names are displayed exactly as the catalogue writes them; for matching, each
/// character is folded:
/// <list type="bullet">
/// <item>whitespace of every kind (including U+3000 and U+00A0), control characters, zero-width and
/// bidirectional formatting characters are ignored;</item>
/// <item>full-width ASCII forms (U+FF01–U+FF5E) become their ASCII twins;</item>
/// <item>every bracket style — （）()［］[]【】〔〕〖〗 — becomes <c>(</c> and <c>)</c>;</item>
/// <item>dash variants (U+2010–U+2013, U+2212, U+FE63) become <c>-</c>;</item>
/// <item>ASCII letters compare without case.</item>
/// </list>
/// The fold is fixed and culture-independent: the same text gives the same key on every machine.
/// </summary>
public static class CatalogueText
{
    /// <summary>
    /// The version of <see cref="Fold"/> and <see cref="GetKeyHash"/>. Generated lookups store hashes the generator
    /// computed; they check this version and fall back to comparing keys if the runtime library's differs.
    /// </summary>
    public static int KeyHashVersion => 1; // A property, not a const: read from the library present at run time.

    /// <summary>The value <see cref="Fold"/> returns for a character that matching ignores.</summary>
    public const char Ignored = '\0';

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The longest text <see cref="FindFoldedKey"/> folds into its buffer; longer text is folded twice.</summary>
    private const int FoldBufferLength = 256;

#if !NET8_0_OR_GREATER
    [ThreadStatic]
    private static char[]? t_foldBuffer;
#endif

    /// <summary>Folds one character; returns <see cref="Ignored"/> for characters that matching ignores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        // The common cases, small enough to inline: CJK unified ideographs and the printable ASCII characters from
        // '!' to 'Z' (digits, upper-case letters, punctuation other than the square brackets) stay as they are.
        if ((uint)(c - '\u4E00') <= '\u9FFF' - '\u4E00' || (uint)(c - '!') <= 'Z' - '!')
        {
            return c;
        }

        return FoldSlow(c);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static char FoldSlow(char c)
    {
        if (c < '\u0080')
        {
            if (c <= ' ' || c == '\u007F')
            {
                return Ignored;
            }

            if (c >= 'a' && c <= 'z')
            {
                return (char)(c - 32);
            }

            return c switch
            {
                '[' => '(',
                ']' => ')',
                _ => c,
            };
        }

        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return Fold((char)(c - 0xFEE0));
        }

        switch (c)
        {
            case '\u3010': // 【
            case '\u3014': // 〔
            case '\u3016': // 〖
            case '\u3018': // 〘
            case '\u301A': // 〚
            case '\uFF5F': // ｟
                return '(';
            case '\u3011': // 】
            case '\u3015': // 〕
            case '\u3017': // 〗
            case '\u3019': // 〙
            case '\u301B': // 〛
            case '\uFF60': // ｠
                return ')';
            case '\u2010':
            case '\u2011':
            case '\u2012':
            case '\u2013':
            case '\u2212':
            case '\uFE63':
                return '-';
        }

        if (IsInvisible(c) || char.IsWhiteSpace(c) || char.IsControl(c))
        {
            return Ignored;
        }

        return c;
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a zero-width, byte-order-mark or bidirectional formatting character:
    /// text that looks like nothing but can make two names look alike or reorder what a reader sees.
    /// </summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD' or '\u061C' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    /// <summary>The folded key of <paramref name="text"/>: what two names must share to be the same procedure.</summary>
    public static string ToKey(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var buffer = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var f = Fold(c);
            if (f != Ignored)
            {
                buffer[length++] = f;
            }
        }

        return new string(buffer, 0, length);
    }

    /// <summary>
    /// A hash of the folded key of <paramref name="text"/> (32-bit FNV-1a over the folded characters), computed
    /// without allocating. It is fixed across processes and machines, so generated code can store it.
    /// </summary>
    public static int GetKeyHash(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var hash = FnvOffset;
        for (var i = 0; i < text.Length; i++)
        {
            var f = Fold(text[i]);
            if (f != Ignored)
            {
                hash = (hash ^ f) * FnvPrime;
            }
        }

        return unchecked((int)hash);
    }

    /// <summary>
    /// Whether <paramref name="text"/> folds to <paramref name="key"/>, where <paramref name="key"/> is already a
    /// folded key (from <see cref="ToKey"/>). Allocates nothing.
    /// </summary>
    public static bool MatchesKey(string text, string key)
    {
        if (text is null || key is null)
        {
            return false;
        }

        var k = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var f = Fold(text[i]);
            if (f == Ignored)
            {
                continue;
            }

            if (k >= key.Length || key[k] != f)
            {
                return false;
            }

            k++;
        }

        return k == key.Length;
    }

    /// <summary>
    /// Looks <paramref name="text"/> up in an open-addressing table of folded keys, as generated lookups emit it:
    /// <paramref name="slots"/> holds 1 + an index into <paramref name="keys"/> (0 = empty, its length a power of
    /// two) and <paramref name="slotHashes"/> the <see cref="GetKeyHash"/> of each slot's key. The text is folded
    /// once, hashing as it goes, and each candidate with the same hash is compared with the folded text. Returns the
    /// index into <paramref name="keys"/>, or -1. Allocates nothing.
    /// </summary>
    public static int FindFoldedKey(string text, string[] keys, int[] slots, int[] slotHashes)
    {
        if (text is null || keys is null || slots is null || slotHashes is null || slots.Length == 0 || slotHashes.Length != slots.Length)
        {
            return -1;
        }

        if (text.Length > FoldBufferLength)
        {
            return FindFoldedKeyUnbuffered(text, keys, slots, slotHashes);
        }

#if NET8_0_OR_GREATER
        Span<char> buffer = stackalloc char[FoldBufferLength];
#else
        var buffer = t_foldBuffer ??= new char[FoldBufferLength];
#endif
        var hash = FnvOffset;
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var f = Fold(text[i]);
            if (f != Ignored)
            {
                hash = (hash ^ f) * FnvPrime;
                buffer[length++] = f;
            }
        }

        var signed = unchecked((int)hash);
        var mask = slots.Length - 1;
        for (int i = signed & mask, probes = 0; probes < slots.Length; i = (i + 1) & mask, probes++)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                break;
            }

            if (slotHashes[i] != signed || (uint)(slot - 1) >= (uint)keys.Length)
            {
                continue;
            }

            var key = keys[slot - 1];
            if (key is null || key.Length != length)
            {
                continue;
            }

#if NET8_0_OR_GREATER
            if (buffer.Slice(0, length).SequenceEqual(key.AsSpan()))
            {
                return slot - 1;
            }
#else
            var k = 0;
            while (k < length && buffer[k] == key[k])
            {
                k++;
            }

            if (k == length)
            {
                return slot - 1;
            }
#endif
        }

        return -1;
    }

    private static int FindFoldedKeyUnbuffered(string text, string[] keys, int[] slots, int[] slotHashes)
    {
        var hash = GetKeyHash(text);
        var mask = slots.Length - 1;
        for (int i = hash & mask, probes = 0; probes < slots.Length; i = (i + 1) & mask, probes++)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                break;
            }

            if (slotHashes[i] == hash && (uint)(slot - 1) < (uint)keys.Length && MatchesKey(text, keys[slot - 1]))
            {
                return slot - 1;
            }
        }

        return -1;
    }

    /// <summary>Whether two names are the same under the matching rule. Allocates nothing.</summary>
    public static bool NamesEqual(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        int i = 0, j = 0;
        while (true)
        {
            var a = Ignored;
            while (i < left.Length && (a = Fold(left[i++])) == Ignored)
            {
            }

            var b = Ignored;
            while (j < right.Length && (b = Fold(right[j++])) == Ignored)
            {
            }

            if (a != b)
            {
                return false;
            }

            if (a == Ignored)
            {
                return true;
            }
        }
    }
}
