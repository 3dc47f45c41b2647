using System;
using System.Collections.Generic;
using System.Linq;

namespace CatalogSdk.Generator.Emit;

internal sealed partial class CatalogueEmitter
{
    /// <summary>The most labels the exact-text switch of TryFind gets; a larger catalogue is looked up by folded key only.</summary>
    private const int MaxSwitchLabels = 512;

    /// <summary>
    /// Lookup by name or abbreviation. Exact text goes through a perfect hash the generator found (see
    /// <see cref="PerfectHash"/>) and one ordinal comparison, or, where none was found, a <c>switch</c> on the string
    /// (up to <see cref="MaxSwitchLabels"/> labels). Anything else is folded once into a buffer (see
    /// <see cref="CatalogueText.FindFoldedKey"/>) and looked up in an open-addressing table of folded keys whose
    /// hashes the generator computed: no allocation, no normalisation pass.
    /// </summary>
    private void EmitLookup(IndentedWriter w)
    {
        var current = _entries.Where(e => !e.IsRetired).ToArray();
        var keys = LookupKeys(current, includeAbbreviations: true);

        w.Line("/// <summary>");
        w.Line("/// 按名称、曾用名或缩写查找现行手术。名称的全角/半角、空白、括号样式和英文大小写不影响查找；不分配内存。");
        w.Line("/// 已停用的手术不会被找到（见 TryFindIncludingRetired）；兜底条目会被找到，请检查 IsCatchAll。");
        w.Line("/// Finds a current procedure by name, former name or abbreviation. Full-width and half-width forms, whitespace,");
        w.Line("/// bracket styles and ASCII case do not matter. Allocates nothing. Retired procedures are not found (see");
        w.Line("/// TryFindIncludingRetired); catch-all rules are, so check IsCatchAll before treating the result as a procedure.");
        w.Line("/// </summary>");
        w.Open("public static bool TryFind(string" + Q + " text, out Procedure procedure)");
        w.Open("if (text == null)");
        w.Line("procedure = default(Procedure);");
        w.Line("return false;");
        w.Close();
        w.Line();
        // Exact text first: a perfect hash chosen by the generator (a few characters and the length, no loop), then
        // one ordinal comparison. Where none is found, a switch on the string; its compile time grows faster than its
        // labels (4,000 labels: tens of seconds more per build, 20,000: minutes), so a large catalogue goes without
        // it: the folded-key table finds the same entries.
        var exact = new List<(string Raw, EmitEntry Procedure)>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, p, raw) in keys)
        {
            if (raw.Length > 0 && labels.Add(raw))
            {
                exact.Add((raw, p));
            }
        }

        var perfect = PerfectHash.Find(exact.Select(e => e.Raw).ToList());
        if (perfect is not null)
        {
            // Text with a space or an ideographic space at either end (a CHAR column read back padded, a name pasted
            // with the space after it) is never an exact name, so it goes to the folded lookup at once.
            var trimmed = exact.All(e => !IsEdgeSpace(e.Raw[0]) && !IsEdgeSpace(e.Raw[e.Raw.Length - 1]));
            EmitPerfectHashLookup(w, perfect, trimmed);
        }
        else if (exact.Count <= MaxSwitchLabels)
        {
            w.Open("switch (text)");
            foreach (var (raw, p) in exact)
            {
                w.Start().Append("case ").AppendLiteral(raw).Append(": procedure = Procedure.").Append(p.Identifier).Append("; return true;").EndLine();
            }

            w.Close();
            w.Line();
        }

        w.Line("return TryFindFolded(text, s_keys, s_keyProcedures, s_slots, s_slotHashes, out procedure);");
        w.Close();
        w.Line();

        w.Line("/// <summary>按名称或缩写查找现行手术的信息；找不到时为 null。 The information of the current procedure named or abbreviated <paramref name=\"text\"/>, or null.</summary>");
        w.Open("public static " + Info + Q + " Find(string" + Q + " text)");
        w.Line("Procedure procedure;");
        w.Line("return TryFind(text, out procedure) ? s_byId[(int)procedure] : null;");
        w.Close();
        w.Line();

        w.Line("/// <summary>");
        w.Line("/// 读取历史数据时使用：先查找现行手术，再查找已停用的手术（按名称或曾用名）。");
        w.Line("/// For reading old data: finds a current procedure, or else a retired one, by name or former name.");
        w.Line("/// </summary>");
        w.Open("public static bool TryFindIncludingRetired(string" + Q + " text, out Procedure procedure)");
        w.Line("return TryFind(text, out procedure) || (text != null && TryFindFolded(text, s_retiredKeys, s_retiredKeyProcedures, s_retiredSlots, s_retiredSlotHashes, out procedure));");
        w.Close();
        w.Line();

        EmitKeyTable(w, "s_", keys);
        EmitKeyTable(w, "s_retired", LookupKeys(_entries.Where(e => e.IsRetired).ToArray(), includeAbbreviations: false));

        w.Open("private static bool TryFindFolded(string text, string[] keys, Procedure[] procedures, int[] slots, int[] slotHashes, out Procedure procedure)");
        w.Open("if (global::CatalogSdk.CatalogueText.KeyHashVersion != " + Int(CatalogueText.KeyHashVersion) + ")");
        w.Line("// A runtime library whose key hash differs from the generator's: compare every key instead.");
        w.Open("for (int k = 0; k < keys.Length; k++)");
        w.Open("if (global::CatalogSdk.CatalogueText.MatchesKey(text, keys[k]))");
        w.Line("procedure = procedures[k];");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("procedure = default(Procedure);");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("int found = global::CatalogSdk.CatalogueText.FindFoldedKey(text, keys, slots, slotHashes);");
        w.Open("if (found >= 0)");
        w.Line("procedure = procedures[found];");
        w.Line("return true;");
        w.Close();
        w.Line();
        w.Line("procedure = default(Procedure);");
        w.Line("return false;");
        w.Close();

        // Emitted with or without a perfect hash, so that the class has the same members whatever the names are.
        w.Line();
        w.Line("// Exact names (the perfect hash in TryFind, when the generator found one): slot → name or null, and its");
        w.Line("// procedure; then the seed of each bucket.");
        if (perfect is null)
        {
            w.Line("private static readonly string" + Q + "[] s_exactNames = new string" + Q + "[0];");
            w.Line();
            w.Line("private static readonly Procedure[] s_exactProcedures = new Procedure[0];");
            w.Line();
            w.Line("private static readonly uint[] s_exactSeeds = new uint[0];");
            w.Line();
        }
        else
        {
            var bySlot = new string?[perfect.SlotCount];
            var procedures = new string[perfect.SlotCount];
            for (var k = 0; k < exact.Count; k++)
            {
                bySlot[perfect.Slots[k]] = exact[k].Raw;
                procedures[perfect.Slots[k]] = "Procedure." + exact[k].Procedure.Identifier;
            }

            EmitPackedStrings(w, "private static readonly string" + Q + "[] s_exactNames = ", bySlot);
            EmitArray(w, "private static readonly Procedure[] s_exactProcedures = new Procedure[]", procedures.Select(x => x ?? "default(Procedure)"), 4);
            EmitArray(w, "private static readonly uint[] s_exactSeeds = new uint[]", perfect.Seeds.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u"), 8);
        }
    }

    /// <summary>Emits the perfect-hash exact lookup: hash a few characters and the length, one ordinal comparison.</summary>
    private static void EmitPerfectHashLookup(IndentedWriter w, PerfectHash perfect, bool skipEdgeSpaces)
    {
        w.Line("int length = text.Length;");
        w.Open(skipEdgeSpaces
            ? "if (length > 0 && text[0] != ' ' && text[0] != '\\u3000' && text[length - 1] != ' ' && text[length - 1] != '\\u3000')"
            : "if (length > 0)");
        w.Line("var names = s_exactNames;");
        w.Open("unchecked");
        // The products do not depend on each other: the processor computes them side by side.
        w.Line("uint h = (uint)length * " + UInt(PerfectHash.LengthMultiplier) + "u" + (perfect.Positions.Length == 0 ? ";" : string.Empty));
        for (var k = 0; k < perfect.Positions.Length; k++)
        {
            var position = perfect.Positions[k];
            var index = position == 0 ? "0"
                : position == -1 ? "length - 1"
                : position > 0
                ? "length > " + Int(position) + " ? " + Int(position) + " : length - 1"
                : "length >= " + Int(-position) + " ? length - " + Int(-position) + " : 0";
            w.Line("    + text[" + index + "] * " + UInt(PerfectHash.Multipliers[k]) + "u" + (k == perfect.Positions.Length - 1 ? ";" : string.Empty));
        }

        w.Line("uint seed = s_exactSeeds[(int)((h * " + PerfectHash.BucketMultiplier.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u) >> " + Int(32 - perfect.BucketBits) + ")];");
        w.Line("int slot = (int)(((h ^ seed) * " + PerfectHash.SlotMultiplier.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u) >> " + Int(32 - perfect.SlotBits) + ");");
        w.Open("if (string.Equals(names[slot], text))");
        w.Line("procedure = s_exactProcedures[slot];");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Close();
        w.Line();
    }

    private static bool IsEdgeSpace(char c) => c == ' ' || c == '\u3000';

    private static string UInt(uint value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Emits folded keys, their procedures, and an open-addressing table over them: slot = 1 + index into the
    /// keys, 0 = empty; the hash array holds <see cref="CatalogueText.GetKeyHash"/> of each slot's key.
    /// </summary>
    private static void EmitKeyTable(IndentedWriter w, string prefix, List<(string Key, EmitEntry Procedure, string Raw)> keys)
    {
        var size = 16;
        while (size < keys.Count * 2)
        {
            size *= 2;
        }

        var slots = new int[size];
        var hashes = new int[size];
        for (var k = 0; k < keys.Count; k++)
        {
            var hash = CatalogueText.GetKeyHash(keys[k].Key);
            var i = hash & (size - 1);
            while (slots[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            slots[i] = k + 1;
            hashes[i] = hash;
        }

        w.Line("// Folded keys (see CatalogueText) and their procedures, with an open-addressing table over them:");
        w.Line("// slot = 1 + index into the keys, 0 = empty; the hash array holds CatalogueText.GetKeyHash of the slot's key,");
        w.Line("// computed by the generator with key-hash version " + Int(CatalogueText.KeyHashVersion) + ".");
        string Name(string field) => prefix == "s_" ? "s_" + field : prefix + char.ToUpperInvariant(field[0]) + field.Substring(1);

        EmitPackedStrings(w, "private static readonly string[] " + Name("keys") + " = ", keys.Select(k => (string?)k.Key).ToList());
        EmitArray(w, "private static readonly Procedure[] " + Name("keyProcedures") + " = new Procedure[]", keys.Select(k => "Procedure." + k.Procedure.Identifier), 4);
        EmitArray(w, "private static readonly int[] " + Name("slots") + " = new int[]", slots.Select(Int), 16);
        EmitArray(w, "private static readonly int[] " + Name("slotHashes") + " = new int[]", hashes.Select(Int), 8);
    }

    /// <summary>Emits an array initialiser, <paramref name="perLine"/> items a line, followed by a blank line.</summary>
    private static void EmitArray(IndentedWriter w, string declaration, IEnumerable<string> items, int perLine)
    {
        w.Line(declaration);
        w.Line("{");
        var i = 0;
        foreach (var item in items)
        {
            (i % perLine == 0 ? w.Start().Append("    ") : w.Append(' ')).Append(item).Append(',');
            if (++i % perLine == 0)
            {
                w.EndLine();
            }
        }

        if (i % perLine != 0)
        {
            w.EndLine();
        }

        w.Line("};");
        w.Line();
    }

    /// <summary>
    /// The keys to look up, first match wins: every name, then every former name (alias) that does not fold to a
    /// name, then every abbreviation that belongs to one procedure only and does not fold to a name or alias.
    /// </summary>
    private static List<(string Key, EmitEntry Procedure, string Raw)> LookupKeys(EmitEntry[] entries, bool includeAbbreviations)
    {
        var result = new List<(string, EmitEntry, string)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in entries)
        {
            if (taken.Add(p.Key))
            {
                result.Add((p.Key, p, p.Name));
            }
        }

        foreach (var p in entries)
        {
            foreach (var alias in p.Aliases)
            {
                var key = CatalogueText.ToKey(alias);
                if (key.Length > 0 && taken.Add(key))
                {
                    result.Add((key, p, alias));
                }
            }
        }

        if (includeAbbreviations)
        {
            var owners = entries
                .Where(p => p.Abbreviation is not null)
                .GroupBy(p => CatalogueText.ToKey(p.Abbreviation!), StringComparer.Ordinal)
                .Where(g => g.Count() == 1 && g.Key.Length > 0)
                .OrderBy(g => g.First().Id);
            foreach (var group in owners)
            {
                var p = group.First();
                if (taken.Add(group.Key))
                {
                    result.Add((group.Key, p, p.Abbreviation!));
                }
            }
        }

        return result;
    }
}
