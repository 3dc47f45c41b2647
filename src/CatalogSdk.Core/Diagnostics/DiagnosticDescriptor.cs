using System.Globalization;

namespace CatalogSdk.Core.Diagnostics;

/// <summary>
/// One kind of catalogue diagnostic: a stable ID, a default severity, a category, and a title and message
/// written in Chinese first, then English (resources <see cref="TitleResourceName"/> and
/// <see cref="MessageFormatResourceName"/> of <see cref="CatalogueResources"/>).
/// </summary>
public sealed class CatalogueDiagnosticDescriptor
{
    internal CatalogueDiagnosticDescriptor(string id, CatalogueSeverity severity, string category)
    {
        Id = id;
        DefaultSeverity = severity;
        Category = category;
        TitleResourceName = CatalogueResources.TitleName(id);
        MessageFormatResourceName = CatalogueResources.MessageName(id);
        Title = CatalogueResources.Neutral(TitleResourceName);
        MessageFormat = CatalogueResources.Neutral(MessageFormatResourceName);
    }

    /// <summary>The stable ID, for example CSDK1009. IDs are never reused.</summary>
    public string Id { get; }

    /// <summary>The severity unless configured otherwise.</summary>
    public CatalogueSeverity DefaultSeverity { get; }

    /// <summary>Catalogue, Lock, Usage or Generator.</summary>
    public string Category { get; }

    /// <summary>The resource that holds the title (<c>CSDK1009_Title</c>).</summary>
    public string TitleResourceName { get; }

    /// <summary>The resource that holds the message format (<c>CSDK1009_Message</c>).</summary>
    public string MessageFormatResourceName { get; }

    /// <summary>A short title, Chinese then English, whatever the machine's culture.</summary>
    public string Title { get; }

    /// <summary>The message with <c>{0}</c>-style placeholders, Chinese then English, whatever the machine's culture.</summary>
    public string MessageFormat { get; }

    /// <summary>The documentation page of this ID.</summary>
    public string HelpLink => ProjectLinks.DiagnosticPage(Id);

    /// <summary>Formats the bilingual message with <paramref name="arguments"/>, culture-independently.</summary>
    public string Format(params object[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}
