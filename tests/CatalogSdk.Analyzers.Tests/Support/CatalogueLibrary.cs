using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CatalogSdk.Analyzers.Tests.Support;

/// <summary><see cref="CatalogueSource"/> compiled into an assembly of its own, as a shared catalogue library would be.</summary>
internal static class CatalogueLibrary
{
    private static readonly Lazy<MetadataReference> s_reference = new(Build);

    public static MetadataReference Reference => s_reference.Value;

    private static MetadataReference Build()
    {
        var compilation = CSharpCompilation.Create(
            "MyHospital.Catalog",
            new[] { CSharpSyntaxTree.ParseText(CatalogueSource.Text, path: "MyHospital.Catalog.g.cs") },
            TestReferences.Net80.Append(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
