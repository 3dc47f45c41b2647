using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CatalogSdk.Interventional;
using Info = CatalogSdk.ProcedureInfo<CatalogSdk.Interventional.Procedure, CatalogSdk.Interventional.Specialty>;

namespace CatalogSdk.Benchmarks.Lookup;

/// <summary>
/// The generated runtime API (this project runs the generator on catalog/interventional.txt, as a consumer does) next
/// to what a developer writes without it, one category per question, each with the developer's usual answer as its
/// baseline so that the Ratio column answers it:
/// <list type="bullet">
/// <item>Info, Name — procedure → information / display name. Baseline: <c>Enum.ToString()</c> + <c>Dictionary&lt;string, info&gt;</c>.
/// Targets: at most 1 ns, 0 B, at least 20× faster.</item>
/// <item>FindExact — name → procedure, text exactly as the catalogue writes it. Baseline: ordinal <c>Dictionary&lt;string, int&gt;</c>.
/// Targets: at most 1.5 ns, 0 B, at least 4× faster.</item>
/// <item>FindVariant — the same names with full-width/half-width and whitespace differences. Baseline: <c>Trim</c> + NFKC
/// <c>Normalize</c> + <c>Dictionary</c>. Targets: at most 5 ns, 0 B, at least 10× faster.</item>
/// <item>Listing — every by-grade, by-specialty and by-specialty-and-grade list, enumerated (4 + 4 + 16 lists per
/// invocation; times and allocations are for all of them). Baseline: LINQ over all entries. Target: 0 B.</item>
/// </list>
/// The other categories make <see cref="LookupInputs.Length"/> calls per invocation over all 172 entries (see
/// <see cref="LookupInputs"/>); their times and allocations are per call. First use after process start is measured by <see cref="LookupFirstUseBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15, id: "Lookup")]
public class LookupBenchmarks
{
    private const int Calls = LookupInputs.Length;

    private LookupInputs _inputs = null!;
    private Procedure[] _procedures = null!;
    private string[] _exact = null!;
    private string[] _variants = null!;

    // What a developer builds at start-up instead (from the same catalogue, so every lookup answers alike).
    private Dictionary<string, Info> _infoByEnumName = null!;
    private Info?[] _infoById = null!;
    private string?[] _nameById = null!;
    private FrozenDictionary<Procedure, Info> _frozenInfo = null!;
    private Dictionary<string, int> _idByName = null!;
    private FrozenDictionary<string, int> _frozenIdByName = null!;
    private Dictionary<string, int> _idByNormalizedName = null!;
    private Dictionary<string, int> _idByKey = null!;
    private List<Info> _all = null!;
    private Dictionary<SurgicalGrade, List<Info>> _byGrade = null!;
    private Dictionary<Specialty, List<Info>> _bySpecialty = null!;
    private Dictionary<(Specialty, SurgicalGrade), List<Info>> _bySpecialtyAndGrade = null!;
    private Specialty[] _specialties = null!;
    private SurgicalGrade[] _grades = null!;
    private int _expectedListingSum;

    [GlobalSetup]
    public void Setup()
    {
        // A consumer on .NET runs the net8.0 build of the runtime library; the netstandard2.0 one would measure something else.
        var framework = typeof(CatalogueText).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        if (framework is null || !framework.StartsWith(".NETCoreApp", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The runtime library loaded is built for " + (framework ?? "an unknown framework") + ", not .NET 8.");
        }

        _inputs = new LookupInputs();
        _procedures = _inputs.Procedures;
        _exact = _inputs.ExactNames;
        _variants = _inputs.VariantNames;

        var entries = Catalogue.Entries.ToArray();
        _infoByEnumName = entries.ToDictionary(e => e.Procedure.ToString(), StringComparer.Ordinal);
        _infoById = new Info?[entries.Max(e => e.Id) + 1];
        _nameById = new string?[_infoById.Length];
        foreach (var e in entries)
        {
            _infoById[e.Id] = e;
            _nameById[e.Id] = e.Name;
        }

        _frozenInfo = entries.ToFrozenDictionary(e => e.Procedure);
        _idByName = entries.ToDictionary(e => e.Name, e => e.Id, StringComparer.Ordinal);
        _frozenIdByName = entries.ToFrozenDictionary(e => e.Name, e => e.Id, StringComparer.Ordinal);
        _idByNormalizedName = entries.ToDictionary(e => e.Name.Normalize(NormalizationForm.FormKC), e => e.Id, StringComparer.Ordinal);
        _idByKey = entries.ToDictionary(e => CatalogueText.ToKey(e.Name), e => e.Id, StringComparer.Ordinal);

        _all = entries.ToList();
        _specialties = Catalogue.Specialties.Select(s => s.Specialty).ToArray();
        _grades = SurgicalGrades.All.ToArray();
        var procedures = entries.Where(e => !e.IsCatchAll).ToList();
        _byGrade = _grades.ToDictionary(g => g, g => procedures.Where(p => p.Grade == g).ToList());
        _bySpecialty = _specialties.ToDictionary(s => s, s => procedures.Where(p => p.HasSpecialty(s)).ToList());
        _bySpecialtyAndGrade = _specialties.SelectMany(s => _grades.Select(g => (s, g)))
            .ToDictionary(k => k, k => procedures.Where(p => p.Grade == k.g && p.HasSpecialty(k.s)).ToList());
        _expectedListingSum = _byGrade.Values.Concat(_bySpecialty.Values).Concat(_bySpecialtyAndGrade.Values).Sum(l => l.Sum(p => p.Id));

        Check();
    }

    // ---- procedure → information ------------------------------------------------------------------------------------

    [BenchmarkCategory("Info"), Benchmark(Baseline = true, OperationsPerInvoke = Calls, Description = "Enum.ToString + Dictionary<string,info>")]
    public int Info_EnumToStringDictionary()
    {
        var sum = 0;
        foreach (var p in _procedures)
        {
            sum += _infoByEnumName[p.ToString()].Id;
        }

        return sum;
    }

    [BenchmarkCategory("Info"), Benchmark(OperationsPerInvoke = Calls, Description = "Generated: procedure.GetInfo()")]
    public int Info_Generated()
    {
        var sum = 0;
        foreach (var p in _procedures)
        {
            sum += p.GetInfo().Id;
        }

        return sum;
    }

    [BenchmarkCategory("Info"), Benchmark(OperationsPerInvoke = Calls, Description = "Array index info[(int)procedure]")]
    public int Info_ArrayIndex()
    {
        var sum = 0;
        var infos = _infoById;
        foreach (var p in _procedures)
        {
            sum += infos[(int)p]!.Id;
        }

        return sum;
    }

    [BenchmarkCategory("Info"), Benchmark(OperationsPerInvoke = Calls, Description = "FrozenDictionary<Procedure,info>")]
    public int Info_FrozenDictionary()
    {
        var sum = 0;
        foreach (var p in _procedures)
        {
            sum += _frozenInfo[p].Id;
        }

        return sum;
    }

    // ---- procedure → name -------------------------------------------------------------------------------------------

    [BenchmarkCategory("Name"), Benchmark(Baseline = true, OperationsPerInvoke = Calls, Description = "Enum.ToString + Dictionary<string,info>")]
    public int Name_EnumToStringDictionary()
    {
        var sum = 0;
        foreach (var p in _procedures)
        {
            sum += _infoByEnumName[p.ToString()].Name.Length;
        }

        return sum;
    }

    [BenchmarkCategory("Name"), Benchmark(OperationsPerInvoke = Calls, Description = "Generated: procedure.GetName()")]
    public int Name_Generated()
    {
        var sum = 0;
        foreach (var p in _procedures)
        {
            sum += p.GetName().Length;
        }

        return sum;
    }

    [BenchmarkCategory("Name"), Benchmark(OperationsPerInvoke = Calls, Description = "Array index name[(int)procedure]")]
    public int Name_ArrayIndex()
    {
        var sum = 0;
        var names = _nameById;
        foreach (var p in _procedures)
        {
            sum += names[(int)p]!.Length;
        }

        return sum;
    }

    // ---- exact name → procedure -------------------------------------------------------------------------------------

    [BenchmarkCategory("FindExact"), Benchmark(Baseline = true, OperationsPerInvoke = Calls, Description = "Dictionary<string,int> (ordinal)")]
    public int FindExact_Dictionary()
    {
        var sum = 0;
        foreach (var name in _exact)
        {
            if (_idByName.TryGetValue(name, out var id))
            {
                sum += id;
            }
        }

        return sum;
    }

    [BenchmarkCategory("FindExact"), Benchmark(OperationsPerInvoke = Calls, Description = "Generated: Catalogue.TryFind")]
    public int FindExact_Generated()
    {
        var sum = 0;
        foreach (var name in _exact)
        {
            if (Catalogue.TryFind(name, out var procedure))
            {
                sum += (int)procedure;
            }
        }

        return sum;
    }

    [BenchmarkCategory("FindExact"), Benchmark(OperationsPerInvoke = Calls, Description = "FrozenDictionary<string,int> (ordinal)")]
    public int FindExact_FrozenDictionary()
    {
        var sum = 0;
        foreach (var name in _exact)
        {
            if (_frozenIdByName.TryGetValue(name, out var id))
            {
                sum += id;
            }
        }

        return sum;
    }

    /// <summary>
    /// Not a lookup: each input compared, with one ordinal <c>string.Equals</c>, with the one catalogue name it is
    /// known to equal (the entry's own name instance, not the input), and that entry's ID summed. Every exact lookup
    /// that answers correctly must at least compare the input with a name once, so this is the floor under any of them.
    /// </summary>
    [BenchmarkCategory("FindExact"), Benchmark(OperationsPerInvoke = Calls, Description = "Floor: one string.Equals with the right name, no lookup")]
    public int FindExact_EqualsFloor()
    {
        var sum = 0;
        var names = _inputs.CatalogueNames;
        var ids = _inputs.Ids;
        var exact = _exact;
        for (var i = 0; i < exact.Length; i++)
        {
            if (string.Equals(names[i], exact[i]))
            {
                sum += ids[i];
            }
        }

        return sum;
    }

    [BenchmarkCategory("FindExact"), Benchmark(OperationsPerInvoke = Calls, Description = "Hand-written switch on the name")]
    public int FindExact_HandWrittenSwitch()
    {
        var sum = 0;
        foreach (var name in _exact)
        {
            if (HandWrittenSwitch.TryFind(name, out var procedure))
            {
                sum += (int)procedure;
            }
        }

        return sum;
    }

    // ---- name with width and whitespace differences → procedure ------------------------------------------------------

    [BenchmarkCategory("FindVariant"), Benchmark(Baseline = true, OperationsPerInvoke = Calls, Description = "Trim + Normalize(NFKC) + Dictionary")]
    public int FindVariant_NormalizeDictionary()
    {
        var sum = 0;
        foreach (var name in _variants)
        {
            if (_idByNormalizedName.TryGetValue(name.Trim().Normalize(NormalizationForm.FormKC), out var id))
            {
                sum += id;
            }
        }

        return sum;
    }

    [BenchmarkCategory("FindVariant"), Benchmark(OperationsPerInvoke = Calls, Description = "Generated: Catalogue.TryFind")]
    public int FindVariant_Generated()
    {
        var sum = 0;
        foreach (var name in _variants)
        {
            if (Catalogue.TryFind(name, out var procedure))
            {
                sum += (int)procedure;
            }
        }

        return sum;
    }

    [BenchmarkCategory("FindVariant"), Benchmark(OperationsPerInvoke = Calls, Description = "CatalogueText.ToKey + Dictionary")]
    public int FindVariant_ToKeyDictionary()
    {
        var sum = 0;
        foreach (var name in _variants)
        {
            if (_idByKey.TryGetValue(CatalogueText.ToKey(name), out var id))
            {
                sum += id;
            }
        }

        return sum;
    }

    // ---- listing by grade and specialty -------------------------------------------------------------------------------

    [BenchmarkCategory("Listing"), Benchmark(Baseline = true, Description = "LINQ Where over all entries")]
    public int Listing_Linq()
    {
        var sum = 0;
        foreach (var g in _grades)
        {
            foreach (var p in _all.Where(p => !p.IsCatchAll && p.Grade == g))
            {
                sum += p.Id;
            }
        }

        foreach (var s in _specialties)
        {
            foreach (var p in _all.Where(p => !p.IsCatchAll && p.HasSpecialty(s)))
            {
                sum += p.Id;
            }

            foreach (var g in _grades)
            {
                foreach (var p in _all.Where(p => !p.IsCatchAll && p.Grade == g && p.HasSpecialty(s)))
                {
                    sum += p.Id;
                }
            }
        }

        return sum;
    }

    [BenchmarkCategory("Listing"), Benchmark(Description = "Generated: ByGrade, BySpecialty, BySpecialtyAndGrade")]
    public int Listing_Generated()
    {
        var sum = 0;
        foreach (var g in _grades)
        {
            foreach (var p in Catalogue.ByGrade(g))
            {
                sum += p.Id;
            }
        }

        foreach (var s in _specialties)
        {
            foreach (var p in Catalogue.BySpecialty(s))
            {
                sum += p.Id;
            }

            foreach (var g in _grades)
            {
                foreach (var p in Catalogue.BySpecialtyAndGrade(s, g))
                {
                    sum += p.Id;
                }
            }
        }

        return sum;
    }

    [BenchmarkCategory("Listing"), Benchmark(Description = "Precomputed Dictionary<key,List<info>>")]
    public int Listing_PrecomputedLists()
    {
        var sum = 0;
        foreach (var g in _grades)
        {
            foreach (var p in _byGrade[g])
            {
                sum += p.Id;
            }
        }

        foreach (var s in _specialties)
        {
            foreach (var p in _bySpecialty[s])
            {
                sum += p.Id;
            }

            foreach (var g in _grades)
            {
                foreach (var p in _bySpecialtyAndGrade[(s, g)])
                {
                    sum += p.Id;
                }
            }
        }

        return sum;
    }

    /// <summary>Every benchmark of a category must give the same answer, and the right one, before any is timed.</summary>
    private void Check()
    {
        Expect(_inputs.ExpectedIdSum, Info_EnumToStringDictionary(), Info_Generated(), Info_ArrayIndex(), Info_FrozenDictionary());
        Expect(_inputs.ExpectedNameLengthSum, Name_EnumToStringDictionary(), Name_Generated(), Name_ArrayIndex());
        Expect(_inputs.ExpectedIdSum, FindExact_Dictionary(), FindExact_Generated(), FindExact_FrozenDictionary(), FindExact_HandWrittenSwitch(), FindExact_EqualsFloor());
        Expect(_inputs.ExpectedIdSum, FindVariant_NormalizeDictionary(), FindVariant_Generated(), FindVariant_ToKeyDictionary());
        Expect(_expectedListingSum, Listing_Linq(), Listing_Generated(), Listing_PrecomputedLists());
    }

    private static void Expect(int expected, params int[] actual)
    {
        if (actual.Any(a => a != expected))
        {
            throw new InvalidOperationException("Lookups disagree: expected " + expected + ", got " + string.Join(", ", actual) + ".");
        }
    }
}
