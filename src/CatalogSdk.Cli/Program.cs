using System;
using System.IO;
using System.Text;

namespace CatalogSdk.Cli;

/// <summary>The entry point of the <c>catalog</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool on the console.</summary>
    public static int Main(string[] args)
    {
        UseUtf8Console();
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>
    /// Runs the tool with <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>
    /// instead of the console. Returns the exit code: 0 success, 1 failure (errors in a catalogue, a file that
    /// cannot be read, or a command line that does not parse).
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is null)
        {
            throw new ArgumentNullException(nameof(args));
        }

        if (stdout is null)
        {
            throw new ArgumentNullException(nameof(stdout));
        }

        if (stderr is null)
        {
            throw new ArgumentNullException(nameof(stderr));
        }

        return CatalogCli.Invoke(args, stdout, stderr);
    }

    /// <summary>
    /// Chinese text must reach the terminal as UTF-8 (without a byte-order mark), also on Windows consoles whose
    /// code page is 936. Where the console refuses (no console attached), its default stays.
    /// </summary>
    private static void UseUtf8Console()
    {
        try
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (IOException)
        {
        }
        catch (PlatformNotSupportedException)
        {
        }
    }
}
