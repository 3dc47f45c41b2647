using System;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

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
    public static int KeyHashVersion => 2; // A property, not a const: read from the library present at run time.

    /// <summary>The value <see cref="Fold"/> returns for a character that matching ignores.</summary>
    public const char Ignored = '\0';

    /// <summary>The longest text <see cref="FindFoldedKey"/> folds into its buffer; longer text is folded twice.</summary>
    private const int FoldBufferLength = 256;

    /// <summary>How many position weights the key hash has; position <c>i</c> of a key uses weight <c>i % 256</c>.</summary>
    private const int WeightCount = 256;

    private const uint LengthWeight = 0x9E3779B1;

    /// <summary>
    /// The weight of each position of a folded key in <see cref="GetKeyHash"/>: odd numbers from a fixed
    /// linear congruential sequence, the same in every process and on every machine.
    /// </summary>
    private static readonly uint[] s_weights = CreateWeights();

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
    /// A hash of the folded key of <paramref name="text"/>, computed without allocating: with <c>f[i]</c> the folded
    /// characters and <c>n</c> their number, <c>Mix(n × 0x9E3779B1 + Σ f[i] × w[i % 256])</c> in 32-bit arithmetic,
    /// where <c>w</c> are fixed odd weights and <c>Mix</c> is the MurmurHash3 finaliser. Each position has its own
    /// weight, so the sum needs no character-by-character chain and can be computed many characters at a time. It is
    /// fixed across processes and machines (version <see cref="KeyHashVersion"/>), so generated code can store it.
    /// </summary>
    public static int GetKeyHash(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var weights = s_weights;
        uint sum = 0;
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var f = Fold(text[i]);
            if (f != Ignored)
            {
                sum += f * weights[length & (WeightCount - 1)];
                length++;
            }
        }

        return FinishKeyHash(sum, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FinishKeyHash(uint sum, int length)
    {
        unchecked
        {
            var h = sum + ((uint)length * LengthWeight);
            h ^= h >> 16;
            h *= 0x85EBCA6B;
            h ^= h >> 13;
            h *= 0xC2B2AE35;
            h ^= h >> 16;
            return (int)h;
        }
    }

    /// <summary><see cref="FinishKeyHash"/>, for the tests that hold the block fold and the character fold together.</summary>
    internal static int FinishKeyHashForTests(uint sum, int length) => FinishKeyHash(sum, length);

    private static uint[] CreateWeights()
    {
        var weights = new uint[WeightCount];
        var x = 0x2545F491u;
        for (var i = 0; i < weights.Length; i++)
        {
            x = unchecked((x * 747796405u) + 2891336453u);
            weights[i] = (x ^ (x >> 15)) | 1u;
        }

        return weights;
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
        // Nearly every name is 8 to 32 characters of CJK ideographs, CJK punctuation and printable ASCII: fold it as
        // two overlapping blocks of 16 (or 8) characters held in registers, and compare candidates with those blocks.
        TrimIgnored(text, out var start, out var end);

        var length = end - start;
        if (length >= 16)
        {
            if (length <= 32 && Vector256.IsHardwareAccelerated)
            {
                var found = FindBlocks256(text, start, length, keys, slots, slotHashes);
                if (found != NotFolded)
                {
                    return found;
                }
            }
        }
        else if (length >= 8 && Vector128.IsHardwareAccelerated)
        {
            var found = FindBlocks128(text, start, length, keys, slots, slotHashes);
            if (found != NotFolded)
            {
                return found;
            }
        }

        return FindFoldedKeyBuffered(text, start, end, keys, slots, slotHashes);
    }

    /// <summary>What <see cref="FindBlocks256"/> and <see cref="FindBlocks128"/> return for text they do not fold.</summary>
    private const int NotFolded = -2;

    /// <summary>
    /// <see cref="FindFoldedKey"/> for 16 to 32 characters from <paramref name="start"/>: two overlapping blocks of
    /// 16 characters, folded, summed and compared with each candidate in registers; <see cref="NotFolded"/> if a
    /// block holds a character that <see cref="FoldBlock(ref Vector256{ushort})"/> does not fold.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // A compilation of its own, so that the JIT inlines what it calls.
    private static int FindBlocks256(string text, int start, int length, string[] keys, int[] slots, int[] slotHashes)
    {
        ref var source = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        var at = length - 16;
        var first = Vector256.LoadUnsafe(ref source);
        var last = Vector256.LoadUnsafe(ref source, (nuint)at);
        if (!(FoldBlock(ref first) & FoldBlock(ref last)))
        {
            return NotFolded;
        }

        var hash = FinishKeyHash(SumBlocks(first, last, at), length);
        var mask = slots.Length - 1;
        for (int i = hash & mask, probes = 0; probes < slots.Length; i = (i + 1) & mask, probes++)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                break;
            }

            if (slotHashes[i] != hash || (uint)(slot - 1) >= (uint)keys.Length)
            {
                continue;
            }

            var key = keys[slot - 1];
            if (key is null || key.Length != length)
            {
                continue;
            }

            ref var k = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(key.AsSpan()));
            if (((Vector256.LoadUnsafe(ref k) ^ first) | (Vector256.LoadUnsafe(ref k, (nuint)at) ^ last)) == Vector256<ushort>.Zero)
            {
                return slot - 1;
            }
        }

        return -1;
    }

    /// <summary>As <see cref="FindBlocks256"/>, for 8 to 15 characters: two overlapping blocks of 8.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FindBlocks128(string text, int start, int length, string[] keys, int[] slots, int[] slotHashes)
    {
        ref var source = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        var at = length - 8;
        var first = Vector128.LoadUnsafe(ref source);
        var last = Vector128.LoadUnsafe(ref source, (nuint)at);
        if (!(FoldBlock(ref first) & FoldBlock(ref last)))
        {
            return NotFolded;
        }

        var hash = FinishKeyHash(SumBlocks(first, last, at), length);
        var mask = slots.Length - 1;
        for (int i = hash & mask, probes = 0; probes < slots.Length; i = (i + 1) & mask, probes++)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                break;
            }

            if (slotHashes[i] != hash || (uint)(slot - 1) >= (uint)keys.Length)
            {
                continue;
            }

            var key = keys[slot - 1];
            if (key is null || key.Length != length)
            {
                continue;
            }

            ref var k = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(key.AsSpan()));
            if (((Vector128.LoadUnsafe(ref k) ^ first) | (Vector128.LoadUnsafe(ref k, (nuint)at) ^ last)) == Vector128<ushort>.Zero)
            {
                return slot - 1;
            }
        }

        return -1;
    }

    /// <summary>The weighted sum of two folded blocks of 16, the second from <paramref name="at"/> (0 to 16), overlapping the first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SumBlocks(Vector256<ushort> first, Vector256<ushort> last, int at)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(s_weights);
        var (low, high) = Vector256.Widen(first);
        var total = (low * Vector256.LoadUnsafe(ref weights)) + (high * Vector256.LoadUnsafe(ref weights, 8));
        (low, high) = Vector256.Widen(last);
        var weightedLow = low * Vector256.LoadUnsafe(ref weights, (nuint)at);
        var weightedHigh = high * Vector256.LoadUnsafe(ref weights, (nuint)(at + 8));

        // The first 16 - at characters of the second block are already in the sum.
        var skip = Vector256.Create((uint)(16 - at));
        var lanes = Vector256.Create(0u, 1, 2, 3, 4, 5, 6, 7);
        weightedLow &= Vector256.GreaterThanOrEqual(lanes, skip);
        weightedHigh &= Vector256.GreaterThanOrEqual(lanes + Vector256.Create(8u), skip);
        return Vector256.Sum(total + weightedLow + weightedHigh);
    }

    /// <summary>As <see cref="SumBlocks(Vector256{ushort}, Vector256{ushort}, int)"/>, for blocks of 8 (<paramref name="at"/> 0 to 8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SumBlocks(Vector128<ushort> first, Vector128<ushort> last, int at)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(s_weights);
        var (low, high) = Vector128.Widen(first);
        var total = (low * Vector128.LoadUnsafe(ref weights)) + (high * Vector128.LoadUnsafe(ref weights, 4));
        (low, high) = Vector128.Widen(last);
        var weightedLow = low * Vector128.LoadUnsafe(ref weights, (nuint)at);
        var weightedHigh = high * Vector128.LoadUnsafe(ref weights, (nuint)(at + 4));

        // The first 8 - at characters of the second block are already in the sum.
        var skip = Vector128.Create((uint)(8 - at));
        var lanes = Vector128.Create(0u, 1, 2, 3);
        weightedLow &= Vector128.GreaterThanOrEqual(lanes, skip);
        weightedHigh &= Vector128.GreaterThanOrEqual(lanes + Vector128.Create(4u), skip);
        return Vector128.Sum(total + weightedLow + weightedHigh);
    }

    /// <summary>
    /// <see cref="FindFoldedKey"/> for text the register path does not take, already trimmed to
    /// <c>text[start..end)</c>: folded into a buffer on the stack, then compared with each candidate. Text of 8 to 32
    /// characters is here because its blocks did not fold, so it is folded character by character at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FindFoldedKeyBuffered(string text, int start, int end, string[] keys, int[] slots, int[] slotHashes)
    {
        Span<char> buffer = stackalloc char[FoldBufferLength];
        var length = end - start > 32 ? FoldRange(text, start, end, buffer, out var sum) : FoldScalar(text, start, end, buffer, out sum);
#else
        var buffer = t_foldBuffer ??= new char[FoldBufferLength];
        var length = FoldScalar(text, 0, text.Length, buffer, out var sum);
#endif
        var signed = FinishKeyHash(sum, length);
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

    /// <summary>
    /// Folds <c>text[start..end)</c> into <paramref name="buffer"/> character by character (at least
    /// <c>end - start</c> long), and sums the weighted folded characters of <see cref="GetKeyHash"/>. Returns the
    /// folded length.
    /// </summary>
#if NET8_0_OR_GREATER
    private static int FoldScalar(string text, int start, int end, Span<char> buffer, out uint sum)
#else
    private static int FoldScalar(string text, int start, int end, char[] buffer, out uint sum)
#endif
    {
        var weights = s_weights;
        uint total = 0;
        var length = 0;
        for (var i = start; i < end; i++)
        {
            var f = Fold(text[i]);
            if (f != Ignored)
            {
                total += f * weights[length & (WeightCount - 1)];
                buffer[length++] = f;
            }
        }

        sum = total;
        return length;
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// <see cref="FoldScalar"/> over the whole of <paramref name="text"/> (at most <see cref="FoldBufferLength"/>
    /// characters), many characters at a time where it can: ignored characters at either end are skipped first, and
    /// what lies between is folded in blocks of 16 or 8 characters when every character of it is a CJK ideograph or
    /// printable ASCII once full-width forms, lower case and brackets are folded, or CJK punctuation (、) — the text
    /// of nearly every name. Anything else (whitespace inside the name, other brackets, dashes, other scripts) takes the
    /// character-by-character fold. Both give the same characters and the same sum; tests hold them together.
    /// </summary>
    internal static int FoldInto(string text, Span<char> buffer, out uint sum)
    {
        TrimIgnored(text, out var start, out var end);
        return FoldRange(text, start, end, buffer, out sum);
    }

    /// <summary><see cref="FoldInto"/> of <c>text[start..end)</c>, which has no ignored character at either end.</summary>
    private static int FoldRange(string text, int start, int end, Span<char> buffer, out uint sum)
    {
        var length = end - start;
        if (length >= 16 && Vector256.IsHardwareAccelerated)
        {
            if (TryFoldBlocks256(text, start, length, buffer, out sum))
            {
                return length;
            }
        }
        else if (length >= 8 && Vector128.IsHardwareAccelerated)
        {
            if (TryFoldBlocks128(text, start, length, buffer, out sum))
            {
                return length;
            }
        }

        return FoldScalar(text, start, end, buffer, out sum);
    }

    /// <summary>The range of <paramref name="text"/> without the characters matching ignores at either end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TrimIgnored(string text, out int start, out int end)
    {
        start = 0;
        end = text.Length;
        while (start < end && IsIgnoredAtEdge(text[start]))
        {
            start++;
        }

        while (end > start && IsIgnoredAtEdge(text[end - 1]))
        {
            end--;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsIgnoredAtEdge(char c) => c == ' ' || c == '\u3000' || (c < '\u4E00' && Fold(c) == Ignored);

    /// <summary>
    /// Folds <paramref name="length"/> (≥ 16) characters from <paramref name="start"/> in blocks of 16, the last block
    /// overlapping the one before it, and sums them; false, with nothing to use, if a block holds a character that
    /// <see cref="FoldBlock(ref Vector256{ushort})"/> does not fold.
    /// </summary>
    private static bool TryFoldBlocks256(string text, int start, int length, Span<char> buffer, out uint sum)
    {
        ref var source = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(buffer));
        ref var weights = ref MemoryMarshal.GetArrayDataReference(s_weights);
        var lanes = Vector256.Create(0u, 1, 2, 3, 4, 5, 6, 7);
        var total = Vector256<uint>.Zero;
        var done = 0;
        while (done < length)
        {
            var at = done + 16 <= length ? done : length - 16;
            var block = Vector256.LoadUnsafe(ref source, (nuint)at);
            if (!FoldBlock(ref block))
            {
                sum = 0;
                return false;
            }

            block.StoreUnsafe(ref target, (nuint)at);
            var (low, high) = Vector256.Widen(block);
            var weightedLow = low * Vector256.LoadUnsafe(ref weights, (nuint)at);
            var weightedHigh = high * Vector256.LoadUnsafe(ref weights, (nuint)(at + 8));
            if (at < done)
            {
                // The last block overlaps: its first done - at characters are already in the sum.
                var skip = Vector256.Create((uint)(done - at));
                weightedLow &= Vector256.GreaterThanOrEqual(lanes, skip);
                weightedHigh &= Vector256.GreaterThanOrEqual(lanes + Vector256.Create(8u), skip);
            }

            total += weightedLow + weightedHigh;
            done = at + 16;
        }

        sum = Vector256.Sum(total);
        return true;
    }

    /// <summary>As <see cref="TryFoldBlocks256"/>, for 8 to 15 characters: two blocks of 8, the second overlapping the first.</summary>
    private static bool TryFoldBlocks128(string text, int start, int length, Span<char> buffer, out uint sum)
    {
        ref var source = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(buffer));
        var first = Vector128.LoadUnsafe(ref source);
        var at = length - 8;
        var last = Vector128.LoadUnsafe(ref source, (nuint)at);
        if (!FoldBlock(ref first) || !FoldBlock(ref last))
        {
            sum = 0;
            return false;
        }

        first.StoreUnsafe(ref target);
        last.StoreUnsafe(ref target, (nuint)at);
        sum = SumBlocks(first, last, at);
        return true;
    }

    /// <summary>
    /// Folds 16 characters at once as <see cref="Fold"/> does, if each is a CJK ideograph (U+4E00–U+9FFF), CJK
    /// punctuation from U+3001 to U+300F (、。《》「」…), a bracket from U+3010 to U+301B (【】〔〕〖〗〘〙〚〛) or, once a
    /// full-width form is made ASCII, a printable ASCII character: full-width forms become ASCII, lower-case letters
    /// upper case, <c>[</c>, <c>]</c> and the CJK brackets become <c>(</c> and <c>)</c>. False if any character is
    /// anything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FoldBlock(ref Vector256<ushort> block)
    {
        var v = block;
        v -= Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0xFF01), Vector256.Create((ushort)(0xFF5E - 0xFF01))) & Vector256.Create((ushort)0xFEE0);
        v -= Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))) & Vector256.Create((ushort)0x20);
        v = Vector256.ConditionalSelect(Vector256.Equals(v, Vector256.Create((ushort)'[')), Vector256.Create((ushort)'('), v);
        v = Vector256.ConditionalSelect(Vector256.Equals(v, Vector256.Create((ushort)']')), Vector256.Create((ushort)')'), v);
        var cjkBracket = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x3010), Vector256.Create((ushort)(0x301B - 0x3010)))
            & ~Vector256.Equals(v & Vector256.Create((ushort)0xFFFE), Vector256.Create((ushort)0x3012));
        v = Vector256.ConditionalSelect(cjkBracket, Vector256.Create((ushort)'(') | (v & Vector256<ushort>.One), v);
        var simple = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x4E00), Vector256.Create((ushort)(0x9FFF - 0x4E00)))
            | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'!'), Vector256.Create((ushort)('~' - '!')))
            | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x3001), Vector256.Create((ushort)(0x300F - 0x3001)));
        block = v;
        return simple == Vector256<ushort>.AllBitsSet;
    }

    /// <summary>As <see cref="FoldBlock(ref Vector256{ushort})"/>, for 8 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FoldBlock(ref Vector128<ushort> block)
    {
        var v = block;
        v -= Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0xFF01), Vector128.Create((ushort)(0xFF5E - 0xFF01))) & Vector128.Create((ushort)0xFEE0);
        v -= Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a'))) & Vector128.Create((ushort)0x20);
        v = Vector128.ConditionalSelect(Vector128.Equals(v, Vector128.Create((ushort)'[')), Vector128.Create((ushort)'('), v);
        v = Vector128.ConditionalSelect(Vector128.Equals(v, Vector128.Create((ushort)']')), Vector128.Create((ushort)')'), v);
        var cjkBracket = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x3010), Vector128.Create((ushort)(0x301B - 0x3010)))
            & ~Vector128.Equals(v & Vector128.Create((ushort)0xFFFE), Vector128.Create((ushort)0x3012));
        v = Vector128.ConditionalSelect(cjkBracket, Vector128.Create((ushort)'(') | (v & Vector128<ushort>.One), v);
        var simple = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x4E00), Vector128.Create((ushort)(0x9FFF - 0x4E00)))
            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'!'), Vector128.Create((ushort)('~' - '!')))
            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x3001), Vector128.Create((ushort)(0x300F - 0x3001)));
        block = v;
        return simple == Vector128<ushort>.AllBitsSet;
    }
#endif

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
