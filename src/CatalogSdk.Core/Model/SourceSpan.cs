namespace CatalogSdk.Core.Model;

/// <summary>A position in a file: 1-based line and column, 0-based character offset, length in characters.</summary>
public readonly record struct SourceSpan(int Line, int Column, int Offset, int Length);
