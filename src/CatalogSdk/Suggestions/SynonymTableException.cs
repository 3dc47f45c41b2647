using System;
using System.Collections.Generic;

namespace CatalogSdk.Suggestions;

/// <summary>A synonym table has lines that cannot be used. <see cref="Errors"/> says which and why.</summary>
public sealed class SynonymTableException : FormatException
{
    /// <summary>Creates the exception for <paramref name="errors"/> (at least one).</summary>
    public SynonymTableException(IReadOnlyList<SynonymTableError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every bad line, in order.</summary>
    public IReadOnlyList<SynonymTableError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<SynonymTableError> errors)
    {
        var text = "同义词表有 " + errors.Count + " 处错误，请修正后重试。 The synonym table has " + errors.Count +
                   " error(s); correct them and try again.";
        foreach (var e in errors)
        {
            text += "\n" + e;
        }

        return text;
    }
}
