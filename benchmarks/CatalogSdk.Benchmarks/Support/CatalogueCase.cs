using System;
using System.Globalization;
using System.Linq;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Benchmarks.Support;

/// <summary>
/// The catalogues the generator benchmarks run on: the shipped one with its lock, and synthetic ones of 1k, 10k and
/// 50k procedures — without a lock (a hospital catalogue before its first <c>catalog lock update</c>: the generator
/// parses and emits, and warns CSDK2000) and, for 1k and 10k, with the lock <c>catalog lock update</c> would write
/// (the generator also reconciles every procedure with it, as in a project that commits its lock).
/// </summary>
public static class CatalogueCase
{
    /// <summary>The shipped national interventional catalogue (172 entries) with its lock.</summary>
    public const string Shipped = "shipped-172+lock";

    /// <summary>
    /// The case names, for <c>[Params]</c>. There is no 50k case with a lock: reconciling 50k procedures with their
    /// lock takes minutes (see docs/performance.md), too long to repeat under BenchmarkDotNet.
    /// </summary>
    public static readonly string[] All = { Shipped, "synthetic-1k", "synthetic-10k", "synthetic-50k", "synthetic-1k+lock", "synthetic-10k+lock" };

    /// <summary>Whether the case's catalogue comes with a lock.</summary>
    public static bool HasLock(string name) => name.EndsWith("+lock", StringComparison.Ordinal);

    /// <summary>The catalogue of a case (with its lock when it has one). Synthetic ones are checked to parse with no diagnostics.</summary>
    public static CatalogueFiles Load(string name)
    {
        if (name == Shipped)
        {
            return new CatalogueFiles("interventional.txt", RepositoryFiles.ShippedCatalogueText, RepositoryFiles.ShippedLockText, "MyHospital.Interventional");
        }

        var size = HasLock(name) ? name.Substring(0, name.Length - "+lock".Length) : name;
        if (!size.StartsWith("synthetic-", StringComparison.Ordinal) || !size.EndsWith("k", StringComparison.Ordinal))
        {
            throw new ArgumentException("Unknown catalogue case " + name, nameof(name));
        }

        var thousands = int.Parse(size.Substring("synthetic-".Length, size.Length - "synthetic-".Length - 1), CultureInfo.InvariantCulture);
        var k = thousands.ToString(CultureInfo.InvariantCulture) + "k";
        return Synthetic(thousands * 1000, "hospital-" + k + ".txt", "MyHospital.Hospital" + k, HasLock(name));
    }

    /// <summary>A synthetic catalogue of <paramref name="procedures"/> procedures (with its lock if asked), checked to parse cleanly.</summary>
    public static CatalogueFiles Synthetic(int procedures, string fileName, string ns, bool withLock)
    {
        var text = SyntheticCatalogue.Create(procedures);
        var document = CatalogueParser.Parse("/" + fileName, text);
        if (document.Diagnostics.Count > 0 || document.Procedures.Count != procedures)
        {
            throw new InvalidOperationException(
                "The synthetic catalogue of " + procedures + " procedures parsed to " + document.Procedures.Count + " procedures with " +
                document.Diagnostics.Count + " diagnostics: " + string.Join(Environment.NewLine, document.Diagnostics.Take(10).Select(d => d.Id + " line " + d.Line + ": " + d.Message)));
        }

        return new CatalogueFiles(fileName, text, withLock ? SyntheticCatalogue.CreateLock(fileName, text) : null, ns);
    }
}
