using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CatalogSdk.WebApi.Tests.Support;

namespace CatalogSdk.WebApi.Tests;

/// <summary>GET /api/suggest, in process.</summary>
public sealed class SuggestEndpointTests : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client;

    public SuggestEndpointTests(ApiFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("冠脉造影", "冠状动脉造影术", 3)]
    [InlineData("冠狀動脈造影術", "冠状动脉造影术", 3)]
    [InlineData("ptca", "经皮冠状动脉腔内血管成形术[PTCA]", 3)]
    [InlineData("颈动脉血管成形、支架置入", "颈动脉血管成型、支架植入术", 4)]
    public async Task The_best_suggestion_comes_first_with_its_grade_and_why(string q, string name, int grade)
    {
        var body = await GetOkAsync("/api/suggest?q=" + Uri.EscapeDataString(q));

        var first = body.GetProperty("items")[0];
        Assert.Equal(name, first.GetProperty("procedure").GetProperty("name").GetString());
        Assert.Equal(grade, first.GetProperty("procedure").GetProperty("grade").GetInt32());
        Assert.InRange(first.GetProperty("score").GetDouble(), 0.3, 1.0);
        Assert.NotEqual(0, first.GetProperty("reasons").GetArrayLength());
        Assert.False(body.GetProperty("gradeDependsOnQualifier").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task Vertebroplasty_returns_both_grades_with_a_Chinese_note()
    {
        var body = await GetOkAsync("/api/suggest?max=1&q=" + Uri.EscapeDataString("椎体成形"));

        Assert.True(body.GetProperty("gradeDependsOnQualifier").GetBoolean());
        Assert.Equal(new[] { 3, 4 }, body.GetProperty("qualifierGrades").EnumerateArray().Select(g => g.GetInt32()));
        Assert.Contains("手术级别取决于部位或病变等限定语（三级手术、四级手术）", body.GetProperty("note").GetString());
        var variants = body.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("isQualifierVariant").GetBoolean()).ToList();
        Assert.Equal(new[] { 3, 4 }, variants.Select(v => v.GetProperty("procedure").GetProperty("grade").GetInt32()).OrderBy(g => g));
    }

    [Theory]
    [InlineData("")]
    [InlineData("阑尾切除术")]
    public async Task No_match_is_an_empty_list(string q)
    {
        var body = await GetOkAsync("/api/suggest?q=" + Uri.EscapeDataString(q));

        Assert.Equal(0, body.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Huge_text_is_answered_not_failed()
    {
        var body = await GetOkAsync("/api/suggest?q=" + Uri.EscapeDataString(new string('冠', 5000)));

        Assert.Equal(0, body.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    public async Task A_bad_max_is_a_validation_problem(string max)
    {
        var response = await _client.GetAsync("/api/suggest?q=x&max=" + max);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("max 应为 1–50", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_summary_is_Chinese_then_English()
    {
        var document = await GetOkAsync("/openapi/v1.json");

        var get = document.GetProperty("paths").GetProperty("/api/suggest").GetProperty("get");
        Assert.Equal("按输入文字推荐手术 / Suggest procedures for typed text", get.GetProperty("summary").GetString());
        Assert.Equal(new[] { "max", "q" }, get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).OrderBy(n => n, StringComparer.Ordinal));
    }

    private async Task<JsonElement> GetOkAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }
}
