using System;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Cli.Export;

/// <summary>An export format: its name on the command line and how it renders a catalogue.</summary>
internal abstract class ExportFormat
{
    public static readonly ExportFormat Json = new JsonCatalogueWriter();

    public static readonly ExportFormat Csv = new CsvCatalogueWriter();

    /// <summary>Every format, in the order the help lists them.</summary>
    public static readonly ExportFormat[] All = { Json, Csv };

    /// <summary>The name on the command line: json, csv.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Whether the output starts with a UTF-8 byte-order mark (for CSV, so that Excel on Chinese Windows reads
    /// it as UTF-8 rather than GBK).
    /// </summary>
    public abstract bool WritesByteOrderMark { get; }

    /// <summary>The catalogue as text (without the byte-order mark).</summary>
    public abstract string Render(CatalogueDocument document);

    /// <summary>The format called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static ExportFormat? Find(string? name)
    {
        foreach (var format in All)
        {
            if (string.Equals(format.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>The names of every format.</summary>
    public static string[] Names()
    {
        var names = new string[All.Length];
        for (var i = 0; i < All.Length; i++)
        {
            names[i] = All[i].Name;
        }

        return names;
    }
}
