using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using CatalogSdk.Benchmarks.Support;
using CatalogSdk.Generator.Emit;
using CatalogSdk.Generator.Tests.Support;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// The fast paths of the generated <c>TryFind</c>: the perfect hash over exact names (and the switch it falls back
/// to when none is found), and the folded-key table that the runtime's <see cref="CatalogueText.FindFoldedKey"/>
/// searches. Every name and several respellings of it must be found, and text that is no name must not be.
/// </summary>
public sealed class LookupFastPathTests
{
    [Fact]
    public void PerfectHash_PutsEveryKeyInItsOwnSlot_AsTheGeneratedCodeComputesIt()
    {
        var run = GeneratorDriverHelper.Run(Fixtures.ShippedWithLock);
        using var generated = GeneratedAssembly.Load(run.OutputCompilation);
        var keys = Lookup.Of(generated).Entries().Select(e => e.Name).ToList();
        var perfect = PerfectHash.Find(keys);

        Assert.NotNull(perfect);
        Assert.Equal(keys.Count, perfect!.Slots.Distinct().Count());
        for (var k = 0; k < keys.Count; k++)
        {
            var h = PerfectHash.Hash(keys[k], perfect.Positions);
            var slot = PerfectHash.Slot(h, perfect.Seeds[PerfectHash.Bucket(h, perfect.BucketBits)], perfect.SlotBits);
            Assert.Equal(perfect.Slots[k], slot);
            Assert.InRange(slot, 0, perfect.SlotCount - 1);
        }
    }

    [Fact]
    public void PerfectHash_GivesUpWhenNoCharactersTellTheKeysApart()
    {
        // The keys differ only in the middle, further from either end than any position the search tries.
        var keys = new[] { Middle('甲'), Middle('乙'), Middle('丙') };

        Assert.Null(PerfectHash.Find(keys));
        Assert.Null(PerfectHash.Find(Array.Empty<string>()));
    }

    [Fact]
    public void TryFind_WithoutAPerfectHash_FallsBackToTheSwitchAndFindsEveryName()
    {
        var names = new[] { Middle('甲'), Middle('乙'), Middle('丙'), "冠状动脉造影术" };
        var text = "碰撞测试医院手术分级目录\n（一）综合介入诊疗手术分级目录\n一级手术\n" + string.Join("\n", names) + "\n";
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("collide.txt", text));
        Assert.Empty(run.CompilerDiagnostics);
        var source = CatalogueSource(run);
        Assert.Contains("switch (text)", source, StringComparison.Ordinal);
        Assert.DoesNotContain(PerfectHashLookup, source, StringComparison.Ordinal);

        using var generated = GeneratedAssembly.Load(run.OutputCompilation);
        var lookup = Lookup.Of(generated);
        foreach (var name in names)
        {
            Assert.Equal(name, lookup.FindName(name));
            Assert.Equal(name, lookup.FindName(Variant(name)));
        }

        Assert.Null(lookup.FindName(Middle('丁')));
    }

    [Fact]
    public void TryFind_FindsEveryNameAndVariant_OfTheShippedCatalogue()
    {
        var run = GeneratorDriverHelper.Run(Fixtures.ShippedWithLock);
        AssertFindsEverything(run, expectPerfectHash: true);
    }

    [Fact]
    public void TryFind_FindsEveryNameAndVariant_OfASynthetic10kCatalogue()
    {
        var run = GeneratorDriverHelper.Run(TestFile.Catalogue("synthetic.txt", SyntheticCatalogue.Create(10_000)));
        AssertFindsEverything(run, expectPerfectHash: null);
    }

    private static void AssertFindsEverything(GeneratorRun run, bool? expectPerfectHash)
    {
        Assert.Empty(run.CompilerDiagnostics);
        using var generated = GeneratedAssembly.Load(run.OutputCompilation);
        var lookup = Lookup.Of(generated);
        if (expectPerfectHash is { } expected)
        {
            Assert.Equal(expected, CatalogueSource(run).Contains(PerfectHashLookup, StringComparison.Ordinal));
        }

        var entries = lookup.Entries();
        var keys = new HashSet<string>(entries.Select(e => CatalogueText.ToKey(e.Name)), StringComparer.Ordinal);
        foreach (var (procedure, name) in entries)
        {
            foreach (var text in new[] { name, Variant(name), name.ToLowerInvariant(), new string(' ', 300) + name + "\u3000" })
            {
                Assert.True(Equals(procedure, lookup.Find(text)), "not found as " + procedure + ": " + text);
            }

            // Text that is no name: one character more, one fewer, one changed (unless that happens to be a name).
            foreach (var other in new[] { name + "术", name.Substring(0, name.Length - 1), "经" + name.Substring(1) })
            {
                if (!keys.Contains(CatalogueText.ToKey(other)))
                {
                    Assert.Null(lookup.Find(other));
                }
            }
        }
    }

    /// <summary>What TryFind holds when it uses a perfect hash.</summary>
    private const string PerfectHashLookup = "uint seed = s_exactSeeds[";

    private static string CatalogueSource(GeneratorRun run) =>
        run.Generator.GeneratedSources.Single(s => s.HintName.EndsWith(".Catalogue.g.cs", StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>A name as a user might type it: a space before, an ideographic space after, ASCII made full-width and full-width made ASCII.</summary>
    private static string Variant(string name)
    {
        var builder = new StringBuilder(" ");
        foreach (var c in name)
        {
            builder.Append(c >= '!' && c <= '~' ? (char)(c + 0xFEE0) : c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return builder.Append('\u3000').ToString();
    }

    private static string Middle(char c) => new string('冠', 15) + c + new string('冠', 15) + "术";

    /// <summary>The generated Catalogue and ProcedureExtensions of one assembly, whatever its namespace.</summary>
    private sealed class Lookup
    {
        private readonly MethodInfo _tryFind;

        private Lookup(Type catalogue)
        {
            Catalogue = catalogue;
            _tryFind = catalogue.GetMethod("TryFind", BindingFlags.Public | BindingFlags.Static)!;
        }

        public Type Catalogue { get; }

        public static Lookup Of(GeneratedAssembly generated) => new(generated.Assembly.GetTypes().Single(t => t.Name == "Catalogue"));

        /// <summary>The procedure TryFind finds, or null.</summary>
        public object? Find(string text)
        {
            var arguments = new object?[] { text, null };
            return (bool)_tryFind.Invoke(null, arguments)! ? arguments[1] : null;
        }

        public string? FindName(string text)
        {
            var procedure = Find(text);
            return procedure is null ? null : Entries().Single(e => Equals(e.Procedure, procedure)).Name;
        }

        public List<(object Procedure, string Name)> Entries()
        {
            var list = (System.Collections.IEnumerable)Catalogue.GetProperty("Entries")!.GetValue(null)!;
            var result = new List<(object, string)>();
            foreach (var info in list)
            {
                var type = info.GetType();
                result.Add((type.GetProperty("Procedure")!.GetValue(info)!, (string)type.GetProperty("Name")!.GetValue(info)!));
            }

            return result;
        }
    }
}
