using System;
using System.IO;
using System.Text;

namespace CatalogSdk.Cli.Tests.Support;

/// <summary>A fresh directory for one test's files, deleted afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "catalogsdk-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark; returns the full path.</summary>
    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/>; returns the full path.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Combine(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
