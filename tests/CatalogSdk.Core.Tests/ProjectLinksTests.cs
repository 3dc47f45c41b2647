using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CatalogSdk.Core.Diagnostics;

namespace CatalogSdk.Core.Tests;

/// <summary>The help links and the packages' repository URL name the same place.</summary>
public sealed class ProjectLinksTests
{
    [Fact]
    public void The_help_links_point_into_the_repository_the_packages_name()
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot(), "Directory.Build.props"));
        var url = props.Descendants("CatalogSdkRepositoryUrl").Single().Value;

        Assert.Equal(ProjectLinks.Repository, url);
        Assert.All(DiagnosticDescriptors.All, d => Assert.Equal(url + "/blob/main/docs/diagnostics/" + d.Id + ".md", d.HelpLink));
    }

    [Fact]
    public void Every_help_link_names_a_page_that_exists()
    {
        var pages = Path.Combine(RepositoryRoot(), "docs", "diagnostics");
        Assert.All(DiagnosticDescriptors.All, d => Assert.True(File.Exists(Path.Combine(pages, d.Id + ".md")), d.Id + ": no docs/diagnostics/" + d.Id + ".md"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CatalogSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CatalogSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
