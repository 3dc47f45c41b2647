using System;
using System.IO;

namespace CatalogSdk.WebApi.Tests.Browser;

/// <summary>Without Chromium or Chinese fonts, the browser tests fail and say what to install; they do not skip.</summary>
public sealed class ChromiumTests
{
    [Fact]
    public void A_missing_browser_fails_with_what_to_install()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Chromium.Require("/nonexistent/chromium"));

        Assert.StartsWith("浏览器测试需要 Chromium，但找不到 /nonexistent/chromium。", error.Message, StringComparison.Ordinal);
        Assert.Contains(".ci/run installs it (apt-get update && apt-get install -y chromium fonts-noto-cjk)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_browser_is_used_as_given()
    {
        var fake = Path.GetTempFileName();
        try
        {
            Assert.Equal(fake, Chromium.Require(fake));
        }
        finally
        {
            File.Delete(fake);
        }
    }

    [Fact]
    public void Missing_chinese_fonts_fail_with_what_to_install()
    {
        var empty = Directory.CreateTempSubdirectory("no-fonts-").FullName;
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => Chromium.RequireChineseFonts(empty, "/nonexistent/fonts"));
            Assert.Contains("fonts-noto-cjk", error.Message, StringComparison.Ordinal);
            Assert.Contains(".ci/run", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
