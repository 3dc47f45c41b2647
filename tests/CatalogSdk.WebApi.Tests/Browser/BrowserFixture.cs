using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using CatalogSdk.WebApi.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CatalogSdk.WebApi.Tests.Browser;

/// <summary>
/// The sample app on Kestrel at a free 127.0.0.1 port, in this process, and one headless Chromium driven by Playwright,
/// with a new, empty user data dir that is deleted afterwards.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private ApiFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowserContext? _context;
    private string? _userDataDir;

    /// <summary>The app's address, for example http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowserContext Context => _context ?? throw new InvalidOperationException("The browser is not running.");

    public async Task InitializeAsync()
    {
        var chromium = Chromium.Require();
        Chromium.RequireChineseFonts();

        _factory = new ApiFactory();
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseUrl = addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)).TrimEnd('/');

        // Playwright must never try to download a browser: the tests use Debian's.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _userDataDir = Directory.CreateTempSubdirectory("catalogsdk-chromium-").FullName;
        _context = await _playwright.Chromium.LaunchPersistentContextAsync(_userDataDir, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.Arguments,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "zh-CN",
            Timeout = 60_000,
        });
        // Generous waits: CI builds and tests other projects on the same two cores at the same time.
        _context.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A new page on the app's start page, once its script has loaded the specialties and the first results.</summary>
    public async Task<IPage> OpenAsync()
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/");
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_userDataDir is not null)
        {
            try
            {
                Directory.Delete(_userDataDir, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be writing its profile while it exits; the folder is in the temp directory.
            }
        }
    }
}
