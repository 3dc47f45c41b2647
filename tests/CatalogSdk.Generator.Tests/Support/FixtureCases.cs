using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace CatalogSdk.Generator.Tests.Support;

/// <summary>Theory data: every fixture by a readable name, alone or crossed with the language versions we support.</summary>
internal static class FixtureCases
{
    /// <summary>The additional files of a fixture: the catalogue (first), and its lock where it has one.</summary>
    public static TestFile[] Get(string name) => name switch
    {
        "interventional.txt" => Fixtures.ShippedWithLock,
        "abbreviations.txt" => new[] { TestFile.Catalogue(name, Fixtures.Abbreviations) },
        "identifiers.txt" => new[] { TestFile.Catalogue(name, Fixtures.Identifiers) },
        "two-specialties.txt" => new[] { TestFile.Catalogue(name, Fixtures.TwoSpecialties) },
        "ascii.txt" => new[] { TestFile.Catalogue(name, Fixtures.Ascii) with { Identifiers = "Ascii" } },
        "interventional.txt (Ascii)" => Fixtures.ShippedAscii,
        _ => throw new KeyNotFoundException(name),
    };

    public static readonly string[] Names =
    {
        "interventional.txt", "abbreviations.txt", "identifiers.txt", "two-specialties.txt", "ascii.txt", "interventional.txt (Ascii)",
    };

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }

    public static TheoryData<string, LanguageVersion> AllByLanguageVersion()
    {
        var data = new TheoryData<string, LanguageVersion>();
        foreach (var name in Names)
        {
            data.Add(name, LanguageVersion.Latest);
            data.Add(name, LanguageVersion.CSharp7_3);
        }

        return data;
    }

    /// <summary>A project at <paramref name="version"/>, nullable on where the language has it.</summary>
    public static TestProject Project(LanguageVersion version) => TestProject.Latest with { LanguageVersion = version };
}
