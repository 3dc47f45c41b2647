using System.CommandLine;
using System.IO;

namespace CatalogSdk.Cli.Commands;

/// <summary>Shared handling of file-path arguments.</summary>
internal static class FileArguments
{
    /// <summary>
    /// System.CommandLine hands a token it does not know (a mistyped option such as <c>--warning-as-errors</c>) to
    /// a file argument. Report it as the unrecognised option it is, unless a file of that name exists.
    /// </summary>
    public static void RejectUnknownOptions(Argument argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError("无法识别的选项「" + value + "」。 Unrecognized option '" + value + "'.");
                }
            }
        });
    }
}
