using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CatalogSdk.Interventional;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CatalogSdk.WebApi.Tests.Browser;

/// <summary>The suggestions under the search box, as a person sees them after typing, in a real headless Chromium.</summary>
public sealed class SuggestionPageTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public SuggestionPageTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    [BrowserFact]
    public async Task Typing_a_colloquial_name_suggests_the_catalogue_name_with_its_grade_badge()
    {
        var page = await _browser.OpenAsync();
        await Expect(page.Locator("#count")).ToHaveTextAsync($"共 {Catalogue.Procedures.Count} 项");

        await page.Locator("#q").PressSequentiallyAsync("冠脉造影", new LocatorPressSequentiallyOptions { Delay = 60 });

        var first = page.Locator("#suggestions li").First;
        await Expect(page.Locator("#suggest")).ToBeVisibleAsync();
        await Expect(first.Locator(".name")).ToHaveTextAsync("冠状动脉造影术");
        await Expect(first.Locator(".badge")).ToHaveTextAsync("三级");
        await Expect(first.Locator(".badge")).ToHaveClassAsync(new Regex(@"\bgrade-3\b"));
        await Expect(first.Locator(".why")).ToContainTextAsync("口语简称");
        await Expect(page.Locator("#qualifier-note")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Typing_vertebroplasty_without_the_region_shows_both_grades_and_the_note()
    {
        var page = await _browser.OpenAsync();

        await page.Locator("#q").PressSequentiallyAsync("椎体成形");

        await Expect(page.Locator("#qualifier-note")).ToBeVisibleAsync();
        await Expect(page.Locator("#qualifier-note")).ToContainTextAsync("手术级别取决于部位或病变等限定语（三级手术、四级手术）");
        var variants = page.Locator("#suggestions li.variant");
        await Expect(variants).ToHaveCountAsync(2);
        await Expect(variants.Locator(".badge")).ToHaveTextAsync(new[] { "三级", "四级" });
        await Expect(variants.Locator(".tag")).ToHaveTextAsync(new[] { "级别视限定语而定", "级别视限定语而定" });
    }
}
