using System;
using System.IO;
using System.Security;
using CatalogSdk.Cli.Output;
using CatalogSdk.Core.IO;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Cli.Loading;

/// <summary>The result of loading a catalogue: the document, or why the file could not be read.</summary>
internal readonly record struct LoadResult(string DisplayPath, CatalogueDocument? Document, string? Failure)
{
    public bool Succeeded => Document is not null;
}

/// <summary>Reads catalogue files for the commands, turning I/O failures into bilingual messages.</summary>
internal static class CatalogueLoader
{
    /// <summary>Reads <paramref name="path"/> (kept as typed for display). Never throws for I/O failures.</summary>
    public static LoadResult Load(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return new LoadResult(path, null, Texts.IsDirectory);
            }

            return new LoadResult(path, CatalogueFile.Read(path), null);
        }
        catch (FileNotFoundException)
        {
            return new LoadResult(path, null, Texts.FileNotFound);
        }
        catch (DirectoryNotFoundException)
        {
            return new LoadResult(path, null, Texts.DirectoryNotFound);
        }
        catch (UnauthorizedAccessException)
        {
            return new LoadResult(path, null, Texts.AccessDenied);
        }
        catch (SecurityException)
        {
            return new LoadResult(path, null, Texts.AccessDenied);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            return new LoadResult(path, null, Texts.CannotRead(ex.Message));
        }
    }
}
