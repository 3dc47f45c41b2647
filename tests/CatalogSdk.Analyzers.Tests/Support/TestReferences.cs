using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CatalogSdk.Analyzers.Tests.Support;

/// <summary>
/// The references every test project compiles against: the .NET 8 reference assemblies from
/// Basic.Reference.Assemblies (the testing library's own <see cref="ReferenceAssemblies"/> would download packages,
/// which a test must not) and the CatalogSdk runtime library the generated code and the attributes live in.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<MetadataReference> s_runtime =
        new(() => MetadataReference.CreateFromFile(typeof(SurgicalGrade).Assembly.Location));

    /// <summary>A target framework with nothing to resolve: the references come from <see cref="AddDefaults"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net8.0");

    /// <summary>The CatalogSdk runtime library.</summary>
    public static MetadataReference Runtime => s_runtime.Value;

    /// <summary>The .NET 8 reference assemblies.</summary>
    public static IEnumerable<MetadataReference> Net80 => Basic.Reference.Assemblies.Net80.References.All;

    /// <summary>A solution transform that gives every project the .NET 8 references and the runtime library.</summary>
    public static Solution AddDefaults(Solution solution, ProjectId projectId) =>
        Add(solution, Net80.Append(Runtime));

    /// <summary>A solution transform that gives every project <paramref name="references"/> as well.</summary>
    public static Func<Solution, ProjectId, Solution> Also(params MetadataReference[] references) =>
        (solution, _) => Add(solution, references);

    private static Solution Add(Solution solution, IEnumerable<MetadataReference> references)
    {
        var list = references.ToList();
        foreach (var project in solution.ProjectIds)
        {
            solution = solution.AddMetadataReferences(project, list);
        }

        return solution;
    }
}
