using System;

namespace CatalogSdk;

/// <summary>What a catalogue says about one specialty heading, such as （一）心血管疾病介入诊疗手术分级目录.</summary>
public sealed class SpecialtyInfo<TSpecialty>
    where TSpecialty : struct, Enum
{
    /// <summary>Creates the information for one specialty. Called by generated code.</summary>
    public SpecialtyInfo(TSpecialty specialty, int order, string name, string heading)
        : this(specialty, order, name, heading, null)
    {
    }

    /// <summary>Creates the information for one specialty with its English name. Called by generated code.</summary>
    public SpecialtyInfo(TSpecialty specialty, int order, string name, string heading, string? englishName)
    {
        Specialty = specialty;
        Order = order;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Heading = heading ?? throw new ArgumentNullException(nameof(heading));
        EnglishName = englishName;
    }

    /// <summary>The specialty's enum member.</summary>
    public TSpecialty Specialty { get; }

    /// <summary>The heading's number: 1 for （一）, 2 for （二）, …</summary>
    public int Order { get; }

    /// <summary>The short name, for example 心血管疾病.</summary>
    public string Name { get; }

    /// <summary>The heading exactly as the catalogue writes it.</summary>
    public string Heading { get; }

    /// <summary>
    /// The English name from the catalogue's English-name overlay (an informative translation, not part of the official
    /// catalogue), or null when it has none.
    /// </summary>
    public string? EnglishName { get; }

    /// <summary>The short name.</summary>
    public override string ToString() => Name;
}
