namespace CatalogSdk.Suggestions;

/// <summary>A line of a synonym table that could not be used, with where it is and what to do.</summary>
/// <param name="Source">The table's name as given to <see cref="SynonymTable.Parse"/>.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column of the problem.</param>
/// <param name="Message">What is wrong and what to do, in Chinese, then English.</param>
public sealed record SynonymTableError(string Source, int Line, int Column, string Message)
{
    /// <summary>The error as the compiler writes diagnostics: <c>source(line,col): error: message</c>.</summary>
    public override string ToString() => Source + "(" + Line + "," + Column + "): error: " + Message;
}
