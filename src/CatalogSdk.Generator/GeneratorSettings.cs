using Microsoft.CodeAnalysis.Diagnostics;

namespace CatalogSdk.Generator;

/// <summary>Project-wide settings read from MSBuild properties. Plain equatable data.</summary>
internal sealed record GeneratorSettings(string? RootNamespace, string? DefaultNamespace, bool RequireLock, string? IdentifiersDefault = null)
{
    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.RootNamespace", out var root);
        options.TryGetValue("build_property.CatalogSdkNamespace", out var ns);
        options.TryGetValue("build_property.CatalogSdkRequireLock", out var requireLock);
        options.TryGetValue("build_property.CatalogSdkIdentifiers", out var identifiers);
        return new GeneratorSettings(
            string.IsNullOrWhiteSpace(root) ? null : root!.Trim(),
            string.IsNullOrWhiteSpace(ns) ? null : ns!.Trim(),
            string.Equals(requireLock?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase),
            string.IsNullOrWhiteSpace(identifiers) ? null : identifiers!.Trim());
    }
}

/// <summary>What the emitter needs to know about the compilation. Plain equatable data.</summary>
internal sealed record CompilationFacts(bool NullableAnnotations, bool RuntimeReferenced);
