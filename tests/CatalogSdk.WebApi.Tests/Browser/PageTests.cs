using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CatalogSdk.Interventional;
using CatalogSdk.WebApi.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CatalogSdk.WebApi.Tests.Browser;

/// <summary>
/// The page as a person uses it, in a real headless Chromium: what they type, what they choose, what they see.
/// Screenshots go to artifacts/screenshots/; with CATALOGSDK_UPDATE_DOCS_SCREENSHOT=1 the README's picture
/// (docs/images/web-sample.png) is written too.
/// </summary>
public sealed class PageTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public PageTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    [BrowserFact]
    public async Task Typing_ptca_shows_the_procedure_with_a_grade_3_badge()
    {
        var page = await _browser.OpenAsync();
        await Expect(page.Locator("#count")).ToHaveTextAsync($"共 {Catalogue.Procedures.Count} 项");

        await page.Locator("#q").PressSequentiallyAsync("ptca", new LocatorPressSequentiallyOptions { Delay = 60 });

        var rows = page.Locator("#results tbody tr");
        await Expect(page.Locator("#count")).ToHaveTextAsync("共 1 项");
        await Expect(page.Locator("#match")).ToHaveTextAsync("（精确匹配名称或缩写）");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("td.name")).ToHaveTextAsync("经皮冠状动脉腔内血管成形术[PTCA]");
        await Expect(rows.Locator("td.abbreviation")).ToHaveTextAsync("PTCA");
        await Expect(rows.Locator("td.specialties")).ToHaveTextAsync("心血管疾病");
        var badge = rows.Locator("td.grade .badge");
        await Expect(badge).ToHaveTextAsync("三级");
        await Expect(badge).ToHaveClassAsync(new Regex(@"\bgrade-3\b"));
        Assert.Equal("rgb(180, 83, 9)", await badge.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.True(await badge.IsVisibleAsync());

        await SaveScreenshotAsync(page, "typing-ptca");
    }

    [BrowserFact]
    public async Task Partial_typing_lists_every_name_containing_the_text()
    {
        var page = await _browser.OpenAsync();

        await page.Locator("#q").PressSequentiallyAsync("冠状动脉造影");

        await Expect(page.Locator("#count")).ToHaveTextAsync("共 2 项");
        await Expect(page.Locator("#match")).ToHaveTextAsync("（部分名称匹配）");
        await Expect(page.Locator("#results tbody td.name")).ToHaveTextAsync(new[] { "冠状动脉造影术", "多根导管冠状动脉造影" });

        await page.Locator("#q").FillAsync("阑尾");
        await Expect(page.Locator("#count")).ToHaveTextAsync("共 0 项");
        await Expect(page.Locator("#results tbody td.empty")).ToHaveTextAsync("没有符合条件的手术");
    }

    [BrowserFact]
    public async Task Choosing_grade_4_and_neurovascular_shows_their_ten_procedures()
    {
        var page = await _browser.OpenAsync();
        var expected = Catalogue.BySpecialtyAndGrade(Specialty.神经血管, SurgicalGrade.Grade4).Select(p => p.Name).ToArray();
        Assert.Equal(10, expected.Length);

        await page.Locator("#grade").SelectOptionAsync(new SelectOptionValue { Label = "四级手术" });
        await page.Locator("#specialty").SelectOptionAsync(new SelectOptionValue { Label = $"神经血管（{Catalogue.BySpecialty(Specialty.神经血管).Count} 项）" });

        await Expect(page.Locator("#count")).ToHaveTextAsync("共 10 项");
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(10);
        await Expect(page.Locator("#results tbody td.name")).ToHaveTextAsync(expected);
        await Expect(page.Locator("#results tbody .badge")).ToHaveTextAsync(Enumerable.Repeat("四级", 10).ToArray());
        await Expect(page.Locator("#results tbody td.specialties")).ToHaveTextAsync(Enumerable.Repeat(new Regex("神经血管"), 10).ToArray());

        await SaveScreenshotAsync(page, "grade-4-neurovascular");
    }

    [BrowserFact]
    public async Task The_four_grades_have_four_different_badge_colours()
    {
        var page = await _browser.OpenAsync();

        var badges = page.Locator("footer .badge");
        await Expect(badges).ToHaveTextAsync(new[] { "一级", "二级", "三级", "四级" });
        var colours = await badges.EvaluateAllAsync<string[]>("all => all.map(e => getComputedStyle(e).backgroundColor)");
        Assert.Equal(4, colours.Distinct().Count());
        Assert.DoesNotContain("rgba(0, 0, 0, 0)", colours);
    }

    [BrowserFact]
    public async Task The_privilege_form_allows_within_the_grant_and_refuses_above_it()
    {
        var page = await _browser.OpenAsync();
        await FillGrantAsync(page, row: 0, "心血管疾病", "三级手术", "2026-01-01", "2027-01-01");
        await page.Locator("#at").FillAsync("2026-11-24T09:00");
        var decision = page.Locator("#decision");

        await page.Locator("#procedure").FillAsync("ptca");
        await page.Locator("#check").ClickAsync();
        await Expect(decision).ToHaveAttributeAsync("data-reason", "Allowed");
        await Expect(decision).ToHaveClassAsync("allowed");
        await Expect(decision.Locator(".verdict")).ToHaveTextAsync("✔ 允许");
        await Expect(decision.Locator(".message")).ToHaveTextAsync(new Regex("^允许：授权至三级手术，手术为三级手术。 Allowed: "));

        await page.Locator("#procedure").FillAsync("冠状动脉支架植入术");
        await page.Locator("#check").ClickAsync();
        await Expect(decision).ToHaveAttributeAsync("data-reason", "GradeAboveAuthorisation");
        await Expect(decision).ToHaveClassAsync("refused");
        await Expect(decision.Locator(".verdict")).ToHaveTextAsync("✘ 拒绝");
        await Expect(decision.Locator(".message")).ToHaveTextAsync(new Regex("^拒绝：手术为四级手术，医师仅授权至三级手术。 Refused: "));
        await Expect(decision.Locator(".badge")).ToHaveTextAsync("四级");

        // A second grant, up to grade 4 but expired: still refused, now because it expired.
        await page.Locator("#add-grant").ClickAsync();
        await FillGrantAsync(page, row: 1, "心血管疾病", "四级手术", "2024-01-01", "2026-01-01");
        await page.Locator("#check").ClickAsync();
        await Expect(decision).ToHaveAttributeAsync("data-reason", "GradeAboveAuthorisation");

        // Renewed: allowed.
        await FillGrantAsync(page, row: 1, "心血管疾病", "四级手术", "2026-06-01", "2027-06-01");
        await page.Locator("#check").ClickAsync();
        await Expect(decision).ToHaveAttributeAsync("data-reason", "Allowed");

        await page.Locator("#procedure").FillAsync("阑尾切除术");
        await page.Locator("#check").ClickAsync();
        await Expect(decision).ToHaveAttributeAsync("data-reason", "UnknownProcedure");
        await Expect(decision.Locator(".message")).ToHaveTextAsync(new Regex("^拒绝：目录中没有这个手术。"));

        await SaveScreenshotAsync(page, "privilege-check");
    }

    [BrowserFact]
    public async Task The_sample_page_as_the_readme_shows_it()
    {
        var page = await _browser.OpenAsync();

        await page.Locator("#q").PressSequentiallyAsync("主动脉");
        await Expect(page.Locator("#count")).ToHaveTextAsync("共 8 项");
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(8);
        var grades = await page.Locator("#results tbody .badge").AllTextContentsAsync();
        Assert.Equal(new[] { "一级", "二级", "三级", "四级" }, grades.Distinct().OrderBy(g => "一二三四".IndexOf(g[0], StringComparison.Ordinal)));

        await FillGrantAsync(page, row: 0, "心血管疾病", "三级手术", "2026-01-01", "2027-01-01");
        await page.Locator("#at").FillAsync("2026-11-24T09:00");
        await page.Locator("#procedure").FillAsync("冠状动脉支架植入术");
        await page.Locator("#check").ClickAsync();
        await Expect(page.Locator("#decision")).ToHaveAttributeAsync("data-reason", "GradeAboveAuthorisation");

        var path = await SaveScreenshotAsync(page, "web-sample");
        if (Environment.GetEnvironmentVariable("CATALOGSDK_UPDATE_DOCS_SCREENSHOT") == "1")
        {
            var docs = Path.Combine(Repository.Root, "docs", "images", "web-sample.png");
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            File.Copy(path, docs, overwrite: true);
        }
    }

    private static async Task FillGrantAsync(IPage page, int row, string specialty, string grade, string from, string until)
    {
        var grant = page.Locator("#grants tbody tr").Nth(row);
        await grant.Locator(".grant-specialty").SelectOptionAsync(new SelectOptionValue { Label = specialty });
        await grant.Locator(".grant-grade").SelectOptionAsync(new SelectOptionValue { Label = grade });
        await grant.Locator(".grant-from").FillAsync(from);
        await grant.Locator(".grant-until").FillAsync(until);
    }

    private static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Repository.Screenshots);
        var path = Path.Combine(Repository.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, "截图为空。 The screenshot is empty: " + path);
        return path;
    }
}
