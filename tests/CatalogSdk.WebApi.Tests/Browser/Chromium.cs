using System;
using System.IO;
using System.Linq;

namespace CatalogSdk.WebApi.Tests.Browser;

/// <summary>
/// The browser the page tests drive: Debian's Chromium, never a Playwright download. A missing browser or missing
/// Chinese fonts fail the tests with what to install; they are never skipped.
/// </summary>
public static class Chromium
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Overrides <see cref="DefaultPath"/>.</summary>
    public const string PathVariable = "CATALOGSDK_CHROMIUM";

    public const string InstallCommand = "apt-get update && apt-get install -y chromium fonts-noto-cjk";

    /// <summary>The command-line switches of every launch (Playwright adds --headless and a new, empty user data dir).</summary>
    public static readonly string[] Arguments =
    {
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    };

    /// <summary>The browser's path, or an exception that says how to install it.</summary>
    public static string Require(string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable(PathVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            path = DefaultPath;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"浏览器测试需要 Chromium，但找不到 {path}。CI 中由 .ci/run 安装（{InstallCommand}）；本机请以 root 运行同一命令。 " +
                $"The browser tests need Chromium at {path}, which does not exist. .ci/run installs it ({InstallCommand}); " +
                $"on this machine run the same command as root, or set {PathVariable} to another Chromium.");
        }

        return path;
    }

    /// <summary>Fails unless a CJK font is installed: without one, Chinese renders as boxes in the screenshots.</summary>
    public static void RequireChineseFonts(params string[] fontDirectories)
    {
        if (fontDirectories.Length == 0)
        {
            fontDirectories = new[]
            {
                "/usr/share/fonts",
                "/usr/local/share/fonts",
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
            };
        }

        var found = fontDirectories.Where(Directory.Exists).Any(directory =>
            Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Any(file => Path.GetFileName(file).Contains("CJK", StringComparison.OrdinalIgnoreCase)));
        if (!found)
        {
            throw new InvalidOperationException(
                $"没有安装中文字体，页面截图中的汉字会显示为方框。CI 中由 .ci/run 安装（{InstallCommand}）。 " +
                $"No CJK font is installed, so Chinese would render as boxes in the screenshots. .ci/run installs one ({InstallCommand}).");
        }
    }
}
