using System;
using System.Collections.Generic;
using System.Linq;

namespace CatalogSdk.Generator.Emit;

/// <summary>
/// A perfect hash over a set of distinct, non-empty strings, found at generation time so that the generated exact
/// lookup reads a few characters, does a few multiplications and then one ordinal comparison.
/// <para>
/// The hash <c>h</c> is the length times <see cref="LengthMultiplier"/> plus, for each of the <see cref="Positions"/>
/// (a position <c>p ≥ 0</c> is index <c>p</c> from the start, a negative one index <c>length + p</c> from the end, both
/// clamped to the string), the character there times its own multiplier from <see cref="Multipliers"/>: the products
/// do not depend on each other, so the processor computes them side by side. The top <see cref="BucketBits"/> bits of <c>h * BucketMultiplier</c> choose a bucket; the top
/// <see cref="SlotBits"/> bits of <c>(h ^ Seeds[bucket]) * SlotMultiplier</c> choose the slot. The positions are chosen
/// greedily so that no two strings share a length and those characters; the seeds, bucket by bucket (largest first),
/// so that no two strings share a slot (hash and displace). Both searches are bounded; <see cref="Find"/> returns null
/// when either fails, and the caller falls back to another lookup.
/// </para>
/// </summary>
internal sealed class PerfectHash
{
    public const uint LengthMultiplier = 0x9E3779B1;

    /// <summary>The multiplier of the character at each position, in the order of <see cref="Positions"/>: odd, fixed.</summary>
    public static readonly uint[] Multipliers = { 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xD3A2646D, 0xFD7046C5 };
    public const uint BucketMultiplier = 2654435761;
    public const uint SlotMultiplier = 2246822507;

    /// <summary>
    /// The most keys searched for: the position search costs a pass over the keys per candidate position, which a
    /// large catalogue would pay in every build. Above this, the caller's fallback is used.
    /// </summary>
    public const int MaxKeys = 2048;

    /// <summary>The most characters the hash reads.</summary>
    private const int MaxPositions = 6;

    /// <summary>How far from either end a position may be.</summary>
    private const int MaxOffset = 12;

    /// <summary>The most seeds tried, over all buckets together, before giving up.</summary>
    private const int MaxSeedTrials = 4_000_000;

    private PerfectHash(int[] positions, int bucketBits, int slotBits, uint[] seeds, int[] slots)
    {
        Positions = positions;
        BucketBits = bucketBits;
        SlotBits = slotBits;
        Seeds = seeds;
        Slots = slots;
    }

    public int[] Positions { get; }

    public int BucketBits { get; }

    public int SlotBits { get; }

    public int SlotCount => 1 << SlotBits;

    /// <summary>The seed of each bucket (2^<see cref="BucketBits"/> of them).</summary>
    public uint[] Seeds { get; }

    /// <summary>The slot of each key, in the order of the keys given to <see cref="Find"/>.</summary>
    public int[] Slots { get; }

    /// <summary>The hash before bucketing, as the generated code computes it.</summary>
    public static uint Hash(string text, int[] positions)
    {
        unchecked
        {
            var length = text.Length;
            var h = (uint)length * LengthMultiplier;
            for (var k = 0; k < positions.Length; k++)
            {
                h += text[Index(length, positions[k])] * Multipliers[k];
            }

            return h;
        }
    }

    /// <summary>The index a position reads in a string of <paramref name="length"/> (≥ 1), clamped to the string.</summary>
    private static int Index(int length, int position) =>
        position >= 0 ? (length > position ? position : length - 1) : (length >= -position ? length + position : 0);

    public static int Bucket(uint h, int bucketBits) => (int)(unchecked(h * BucketMultiplier) >> (32 - bucketBits));

    public static int Slot(uint h, uint seed, int slotBits) => (int)(unchecked((h ^ seed) * SlotMultiplier) >> (32 - slotBits));

    /// <summary>A perfect hash over <paramref name="keys"/> (distinct, non-empty), or null if none was found.</summary>
    public static PerfectHash? Find(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0 || keys.Count > MaxKeys || keys.Any(k => k.Length == 0))
        {
            return null;
        }

        var positions = ChoosePositions(keys);
        if (positions is null)
        {
            return null;
        }

        var hashes = new uint[keys.Count];
        var distinct = new HashSet<uint>();
        for (var k = 0; k < keys.Count; k++)
        {
            hashes[k] = Hash(keys[k], positions);
            if (!distinct.Add(hashes[k]))
            {
                return null; // Two keys that differ in the chosen characters can still share a 32-bit hash.
            }
        }

        // Slots: a power of two at least twice the keys (load at most one half); buckets: about two keys each.
        var slotBits = 4;
        while ((1 << slotBits) < keys.Count * 2)
        {
            slotBits++;
        }

        var bucketBits = Math.Max(1, slotBits - 2);
        var buckets = new List<int>[1 << bucketBits];
        for (var k = 0; k < keys.Count; k++)
        {
            var b = Bucket(hashes[k], bucketBits);
            (buckets[b] ??= new List<int>()).Add(k);
        }

        var seeds = new uint[buckets.Length];
        var slots = new int[keys.Count];
        var taken = new bool[1 << slotBits];
        var order = Enumerable.Range(0, buckets.Length)
            .Where(b => buckets[b] is not null)
            .OrderByDescending(b => buckets[b].Count)
            .ThenBy(b => b)
            .ToList();
        var trials = 0;
        var chosen = new List<int>();
        foreach (var b in order)
        {
            var members = buckets[b];
            var placed = false;
            for (uint seed = 0; trials < MaxSeedTrials; seed++, trials++)
            {
                chosen.Clear();
                foreach (var k in members)
                {
                    var s = Slot(hashes[k], seed, slotBits);
                    if (taken[s] || chosen.Contains(s))
                    {
                        break;
                    }

                    chosen.Add(s);
                }

                if (chosen.Count == members.Count)
                {
                    for (var i = 0; i < members.Count; i++)
                    {
                        taken[chosen[i]] = true;
                        slots[members[i]] = chosen[i];
                    }

                    seeds[b] = seed;
                    placed = true;
                    break;
                }
            }

            if (!placed)
            {
                return null;
            }
        }

        return new PerfectHash(positions, bucketBits, slotBits, seeds, slots);
    }

    /// <summary>
    /// Positions that tell every key apart together with its length, chosen greedily (each step adds the position
    /// that leaves the fewest keys sharing their length and characters with another), or null.
    /// </summary>
    private static int[]? ChoosePositions(IReadOnlyList<string> keys)
    {
        var candidates = Enumerable.Range(0, MaxOffset).Concat(Enumerable.Range(1, MaxOffset).Select(i => -i)).ToArray();
        var chosen = new List<int>();
        var groups = new long[keys.Count]; // A group number per key: keys in one group are not yet told apart.
        for (var k = 0; k < keys.Count; k++)
        {
            groups[k] = keys[k].Length;
        }

        // One set of work buffers for the whole search: a catalogue of a thousand names tries over a hundred
        // refinements, and fresh dictionaries for each were most of what the generator allocated for the lookup.
        var numbers = new Dictionary<(long, char), int>();
        var sizes = new List<int>();
        var refined = new long[keys.Count];
        var best = new long[keys.Count];
        var shared = Refine(keys, groups, null, numbers, sizes, refined);
        while (shared > 0)
        {
            if (chosen.Count == MaxPositions)
            {
                return null;
            }

            int bestPosition = 0, bestShared = int.MaxValue;
            foreach (var p in candidates)
            {
                if (chosen.Contains(p))
                {
                    continue;
                }

                var count = Refine(keys, groups, p, numbers, sizes, refined);
                if (count < bestShared)
                {
                    bestPosition = p;
                    bestShared = count;
                    (best, refined) = (refined, best);
                }
            }

            chosen.Add(bestPosition);
            (groups, best) = (best, groups);
            shared = bestShared;
        }

        return chosen.ToArray();
    }

    /// <summary>
    /// Splits each group of keys by the character at <paramref name="position"/> (none: renumbers the groups as they
    /// are) into <paramref name="refined"/>, and returns how many keys share their new group with another key.
    /// </summary>
    private static int Refine(IReadOnlyList<string> keys, long[] groups, int? position, Dictionary<(long, char), int> numbers, List<int> sizes, long[] refined)
    {
        numbers.Clear();
        sizes.Clear();
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            var c = position is int at ? key[Index(key.Length, at)] : '\0';

            var pair = (groups[k], c);
            if (!numbers.TryGetValue(pair, out var number))
            {
                number = numbers.Count;
                numbers.Add(pair, number);
                sizes.Add(0);
            }

            sizes[number]++;
            refined[k] = number;
        }

        var shared = 0;
        foreach (var size in sizes)
        {
            if (size > 1)
            {
                shared += size;
            }
        }

        return shared;
    }
}
