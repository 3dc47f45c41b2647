using System;
using System.Text;
using System.Threading;
using CatalogSdk.Core.Model;
using CatalogSdk.Core.Parsing;

namespace CatalogSdk.Generator;

/// <summary>A parsed catalogue and the namespace its code goes to. Plain equatable data.</summary>
internal sealed record ParsedCatalogue(CatalogueDocument Document, string FileName, string Namespace, bool NamespaceIsValid)
{
    public static ParsedCatalogue Parse(CatalogueInput input, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        var document = CatalogueParser.Parse(input.Path, input.Text, input.EncodingName, cancellationToken);
        var ns = input.NamespaceSetting ?? settings.DefaultNamespace ?? DefaultNamespace(settings.RootNamespace, input.FileName);
        return new ParsedCatalogue(document, input.FileName, ns, Identifiers.IsValidNamespace(ns));
    }

    /// <summary>
    /// The namespace of a catalogue without a setting: the project's root namespace, then the file name in
    /// PascalCase (interventional.txt → MyHospital.Interventional; hospital-own.txt → MyHospital.HospitalOwn).
    /// </summary>
    public static string DefaultNamespace(string? rootNamespace, string fileName)
    {
        var stem = System.IO.Path.GetFileNameWithoutExtension(fileName);
        var builder = new StringBuilder(stem.Length);
        var upperNext = true;
        foreach (var c in stem)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upperNext && c < 128 ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        var leaf = Identifiers.FromName(builder.ToString(), out _);
        return string.IsNullOrEmpty(rootNamespace) ? leaf : rootNamespace + "." + leaf;
    }

    /// <summary>The hint-name prefix of this catalogue's generated files.</summary>
    public string HintPrefix => Namespace;

    public bool Equals(ParsedCatalogue? other) =>
        other is not null && Document.Equals(other.Document) && FileName == other.FileName &&
        string.Equals(Namespace, other.Namespace, StringComparison.Ordinal) && NamespaceIsValid == other.NamespaceIsValid;

    public override int GetHashCode() => Document.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Namespace);
}
