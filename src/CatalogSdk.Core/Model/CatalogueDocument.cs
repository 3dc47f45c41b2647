using CatalogSdk.Core.Diagnostics;

namespace CatalogSdk.Core.Model;

/// <summary>
/// A parsed catalogue: its title, specialties, distinct procedures, diagnostics, and what became of every line.
/// Plain, equatable data.
/// </summary>
public sealed record CatalogueDocument(
    string FilePath,
    string? Title,
    EquatableArray<CatalogueSpecialty> Specialties,
    EquatableArray<CatalogueProcedure> Procedures,
    EquatableArray<CatalogueDiagnostic> Diagnostics,
    EquatableArray<LineRecord> Lines)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
            {
                if (d.Severity == CatalogueSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The title, or the file name without extension when the catalogue has no title line.</summary>
    public string DisplayName => Title ?? System.IO.Path.GetFileNameWithoutExtension(FilePath);
}
