namespace CatalogSdk.Cli.Output;

/// <summary>The tool's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Success: no errors (warnings alone do not fail).</summary>
    public const int Success = 0;

    /// <summary>A catalogue has errors, a file cannot be read or written, or the command line is wrong.</summary>
    public const int Failure = 1;
}
