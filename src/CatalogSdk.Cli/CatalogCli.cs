using System.CommandLine;
using System.IO;
using CatalogSdk.Cli.Commands;
using CatalogSdk.Cli.Output;

namespace CatalogSdk.Cli;

/// <summary>
/// The command tree. Each command lives in its own file under Commands/ and exposes <c>Create()</c>; add a new
/// command (diff, lock, find, convert …) by writing its file and listing it here.
/// </summary>
public static class CatalogCli
{
    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(Texts.RootDescription);
        root.Subcommands.Add(LintCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(LockCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(FindCommand.Create());
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command; returns its exit code.</summary>
    public static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parseResult = CreateRootCommand().Parse(args);
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });

        // diff uses 1 for "changes" and find for "nothing found": a mistyped command line must not look like either.
        if (parseResult.Errors.Count > 0 && parseResult.CommandResult.Command.Name is "diff" or "find" && exitCode != 0)
        {
            return parseResult.CommandResult.Command.Name == "find" ? FindCommand.Trouble : DiffCommand.Trouble;
        }

        return exitCode;
    }
}
