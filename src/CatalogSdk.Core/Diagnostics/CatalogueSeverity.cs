namespace CatalogSdk.Core.Diagnostics;

/// <summary>How serious a catalogue diagnostic is. Errors fail the build.</summary>
public enum CatalogueSeverity
{
    /// <summary>Information only.</summary>
    Info = 0,

    /// <summary>Probably a mistake; the build goes on.</summary>
    Warning = 1,

    /// <summary>The build fails.</summary>
    Error = 2,
}
