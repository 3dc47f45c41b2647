using System.CommandLine;
using System.IO;

namespace CatalogSdk.Cli.Output;

/// <summary>
/// Where a command writes: standard output for its result, standard error for problems. Lines end in "\n" on
/// every platform, so output is the same everywhere.
/// </summary>
public sealed class CommandOutput
{
    /// <summary>Wraps the two writers.</summary>
    public CommandOutput(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>The writers the command line was invoked with.</summary>
    public static CommandOutput From(ParseResult parseResult) =>
        new(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);

    /// <summary>Writes one line to standard output.</summary>
    public void Line(string text) => WriteLine(Out, text);

    /// <summary>Writes one line to standard error.</summary>
    public void ErrorLine(string text) => WriteLine(Error, text);

    /// <summary>Writes <paramref name="text"/> and "\n".</summary>
    public static void WriteLine(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }
}
