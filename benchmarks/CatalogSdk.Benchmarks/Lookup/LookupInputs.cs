using System;
using System.Linq;
using System.Text;
using CatalogSdk.Interventional;

namespace CatalogSdk.Benchmarks.Lookup;

/// <summary>
/// What the lookups are asked, in the order they are asked: every current entry of the shipped catalogue (172,
/// the catch-all row included) drawn evenly into a fixed sequence of <see cref="Length"/> calls and shuffled with a
/// fixed seed, so that branch prediction sees a realistic mix rather than one name over and over. Every string is a
/// fresh instance (<c>new string(char[])</c>), as text from a request or a database is — never the interned literal
/// the generated code compares against, so no lookup can win by reference equality.
/// </summary>
public sealed class LookupInputs
{
    /// <summary>Calls per benchmark invocation (the OperationsPerInvoke of the lookup benchmarks).</summary>
    public const int Length = 1024;

    public LookupInputs()
    {
        var entries = Catalogue.Entries.ToArray();
        var order = Enumerable.Range(0, Length).Select(i => entries[i % entries.Length]).ToArray();
        var random = new Random(42);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        Procedures = order.Select(e => e.Procedure).ToArray();
        ExactNames = order.Select(e => new string(e.Name.ToCharArray())).ToArray();
        CatalogueNames = order.Select(e => e.Name).ToArray();
        Ids = order.Select(e => e.Id).ToArray();
        if (CatalogueNames.Where((name, i) => ReferenceEquals(name, ExactNames[i])).Any())
        {
            throw new InvalidOperationException("An input is the catalogue's own string instance.");
        }
        VariantNames = order.Select(e => Variant(e.Name)).ToArray();
        ExpectedIdSum = order.Sum(e => e.Id);
        ExpectedNameLengthSum = order.Sum(e => e.Name.Length);
        if (VariantNames.Any(v => ExactNames.Contains(v, StringComparer.Ordinal)))
        {
            throw new InvalidOperationException("A variant is one of the exact names: it would not exercise the folded lookup.");
        }
    }

    /// <summary>The procedures, for lookups by enum value.</summary>
    public Procedure[] Procedures { get; }

    /// <summary>The names exactly as the catalogue writes them, each a fresh string.</summary>
    public string[] ExactNames { get; }

    /// <summary>The catalogue's own name of each entry of the sequence (the instances the generated tables hold).</summary>
    public string[] CatalogueNames { get; }

    /// <summary>The ID of each entry of the sequence.</summary>
    public int[] Ids { get; }

    /// <summary>
    /// The same names as a user types or a legacy system stores them: surrounded by whitespace (a space before,
    /// an ideographic space U+3000 after), with every ASCII character in its full-width form and every full-width
    /// one in its ASCII form — [PTCA] becomes ［ＰＴＣＡ］, （A型病变） becomes (Ａ型病变). Names of Chinese characters only
    /// differ by the whitespace. Trim + NFKC undoes all of it, so the normalise-then-Dictionary baseline finds them too.
    /// </summary>
    public string[] VariantNames { get; }

    /// <summary>The sum of the IDs of the sequence: what every lookup benchmark must return.</summary>
    public int ExpectedIdSum { get; }

    /// <summary>The sum of the name lengths of the sequence: what the name benchmarks must return.</summary>
    public int ExpectedNameLengthSum { get; }

    private static string Variant(string name)
    {
        var builder = new StringBuilder(name.Length + 2).Append(' ');
        foreach (var c in name)
        {
            builder.Append(
                c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) :
                c >= '!' && c <= '~' ? (char)(c + 0xFEE0) :
                c);
        }

        return builder.Append('\u3000').ToString();
    }
}
