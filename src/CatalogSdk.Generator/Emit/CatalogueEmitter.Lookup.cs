using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Generator.Emit;

internal sealed partial class CatalogueEmitter
{
    /// <summary>
    /// Lookup by name or abbreviation. Exact text goes through a <c>switch</c> on the string, which the compiler
    /// turns into a length-and-character dispatch. Anything else is folded on the fly (see
    /// <see cref="CatalogueText"/>) and looked up in an open-addressing table of folded keys whose hashes the
    /// generator computed: no allocation, no normalisation pass.
    /// </summary>
    private void EmitLookup(IndentedWriter w)
    {
        var keys = LookupKeys();

        w.Line("/// <summary>");
        w.Line("/// 按名称或缩写查找手术。名称的全角/半角、空白、括号样式和英文大小写不影响查找；不分配内存。");
        w.Line("/// Finds a procedure by name or abbreviation. Full-width and half-width forms, whitespace, bracket styles and");
        w.Line("/// ASCII case do not matter. Allocates nothing.");
        w.Line("/// </summary>");
        w.Open("public static bool TryFind(string" + Q + " text, out Procedure procedure)");
        w.Open("if (text == null)");
        w.Line("procedure = default(Procedure);");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Open("switch (text)");
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in _entries)
        {
            if (labels.Add(p.Name))
            {
                w.Line("case " + Escaping.Literal(p.Name) + ": procedure = Procedure." + p.Identifier + "; return true;");
            }
        }

        foreach (var (key, p, raw) in keys)
        {
            if (raw is not null && labels.Add(raw))
            {
                w.Line("case " + Escaping.Literal(raw) + ": procedure = Procedure." + p.Identifier + "; return true;");
            }
        }

        w.Close();
        w.Line();
        w.Line("return TryFindFolded(text, out procedure);");
        w.Close();
        w.Line();

        w.Line("/// <summary>按名称或缩写查找手术的信息；找不到时为 null。 The information of the procedure named or abbreviated <paramref name=\"text\"/>, or null.</summary>");
        w.Open("public static " + Info + Q + " Find(string" + Q + " text)");
        w.Line("Procedure procedure;");
        w.Line("return TryFind(text, out procedure) ? s_byId[(int)procedure] : null;");
        w.Close();
        w.Line();

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

        w.Line("// Folded keys (names and unambiguous abbreviations), their procedures, and an open-addressing table:");
        w.Line("// slot = 1 + index into s_keys, 0 = empty; s_slotHashes holds CatalogueText.GetKeyHash of the key.");
        w.Line("private static readonly string[] s_keys = new string[]");
        w.Line("{");
        foreach (var (key, _, _) in keys)
        {
            w.Line("    " + Escaping.Literal(key) + ",");
        }

        w.Line("};");
        w.Line();
        w.Line("private static readonly Procedure[] s_keyProcedures = new Procedure[]");
        w.Line("{");
        foreach (var chunk in Chunk(keys.Select(k => "Procedure." + k.Procedure.Identifier).ToList(), 4))
        {
            w.Line("    " + string.Join(", ", chunk) + ",");
        }

        w.Line("};");
        w.Line();
        w.Line("private static readonly int[] s_slots = new int[]");
        w.Line("{");
        foreach (var chunk in Chunk(slots.Select(Int).ToList(), 16))
        {
            w.Line("    " + string.Join(", ", chunk) + ",");
        }

        w.Line("};");
        w.Line();
        w.Line("private static readonly int[] s_slotHashes = new int[]");
        w.Line("{");
        foreach (var chunk in Chunk(hashes.Select(Int).ToList(), 8))
        {
            w.Line("    " + string.Join(", ", chunk) + ",");
        }

        w.Line("};");
        w.Line();

        w.Open("private static bool TryFindFolded(string text, out Procedure procedure)");
        w.Line("int hash = global::CatalogSdk.CatalogueText.GetKeyHash(text);");
        w.Line("int mask = s_slots.Length - 1;");
        w.Open("for (int i = hash & mask; ; i = (i + 1) & mask)");
        w.Line("int slot = s_slots[i];");
        w.Open("if (slot == 0)");
        w.Line("break;");
        w.Close();
        w.Line();
        w.Open("if (s_slotHashes[i] == hash && global::CatalogSdk.CatalogueText.MatchesKey(text, s_keys[slot - 1]))");
        w.Line("procedure = s_keyProcedures[slot - 1];");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("procedure = default(Procedure);");
        w.Line("return false;");
        w.Close();
    }

    /// <summary>
    /// The folded keys to look up: every name, then every abbreviation that belongs to one procedure only and
    /// does not fold to a name. Raw is the abbreviation as written (names are emitted as exact cases anyway).
    /// </summary>
    private List<(string Key, CatalogueProcedure Procedure, string? Raw)> LookupKeys()
    {
        var result = new List<(string, CatalogueProcedure, string?)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in _entries)
        {
            if (taken.Add(p.Key))
            {
                result.Add((p.Key, p, null));
            }
        }

        var abbreviationOwners = _entries
            .Where(p => p.Abbreviation is not null)
            .GroupBy(p => CatalogueText.ToKey(p.Abbreviation!), StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && g.Key.Length > 0)
            .OrderBy(g => g.First().Id);
        foreach (var group in abbreviationOwners)
        {
            var p = group.First();
            if (taken.Add(group.Key))
            {
                result.Add((group.Key, p, p.Abbreviation));
            }
        }

        return result;
    }
}
