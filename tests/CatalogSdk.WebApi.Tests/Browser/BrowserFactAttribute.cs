using System;
using System.IO;

namespace CatalogSdk.WebApi.Tests.Browser;

/// <summary>
/// A browser test. In CI (the CI variable set) it always runs, and a missing Chromium or font fails it with what
/// to install — .ci/run installs them. On a developer machine without Chromium it is skipped with the same
/// instruction, so <c>dotnet test</c> works on a machine that has only the .NET SDK.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        var inCi = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CI"));
        var path = Environment.GetEnvironmentVariable(Chromium.PathVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            path = Chromium.DefaultPath;
        }

        if (!inCi && !File.Exists(path))
        {
            Skip = "未安装 Chromium，跳过浏览器测试（CI 中不会跳过）。 Chromium is not installed; browser test skipped (never in CI). " +
                   "Install: " + Chromium.InstallCommand;
        }
    }
}
