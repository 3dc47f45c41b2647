using CatalogSdk.Core.Diagnostics;

namespace CatalogSdk.Cli.Output;

/// <summary>Counts errors and warnings across the files a command handles, and writes the summary line.</summary>
internal sealed class DiagnosticTally
{
    public DiagnosticTally(bool warningsAsErrors = false) => WarningsAsErrors = warningsAsErrors;

    /// <summary>Whether warnings count (and are shown) as errors.</summary>
    public bool WarningsAsErrors { get; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    /// <summary>The severity to show <paramref name="diagnostic"/> with.</summary>
    public CatalogueSeverity EffectiveSeverity(CatalogueDiagnostic diagnostic) =>
        WarningsAsErrors && diagnostic.Severity == CatalogueSeverity.Warning ? CatalogueSeverity.Error : diagnostic.Severity;

    /// <summary>Counts <paramref name="diagnostic"/> and returns the severity to show it with.</summary>
    public CatalogueSeverity Add(CatalogueDiagnostic diagnostic)
    {
        var severity = EffectiveSeverity(diagnostic);
        if (severity == CatalogueSeverity.Error)
        {
            Errors++;
        }
        else if (severity == CatalogueSeverity.Warning)
        {
            Warnings++;
        }

        return severity;
    }

    /// <summary>Counts an error that is not a diagnostic (a file that cannot be read).</summary>
    public void AddError() => Errors++;

    /// <summary>The bilingual summary line.</summary>
    public string Summary => Texts.Summary(Errors, Warnings);
}
