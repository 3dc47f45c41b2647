using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using CatalogSdk.WebApi.Tests.Support;

namespace CatalogSdk.WebApi.Tests;

/// <summary>The OpenAPI document and the static page, in process.</summary>
public sealed class OpenApiAndPageTests : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client;

    public OpenApiAndPageTests(ApiFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var response = await _client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        var document = await Json.ReadAsync(response);

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("手术分级目录查询 API / Surgical grading catalogue API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths");
        Assert.Equal(
            new[] { "/api/lookup", "/api/privileges/check", "/api/procedures", "/api/procedures/{id}", "/api/specialties", "/api/suggest" },
            paths.EnumerateObject().Select(p => p.Name).OrderBy(p => p, StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/api/privileges/check").GetProperty("post").TryGetProperty("requestBody", out _));
        var lookup = paths.GetProperty("/api/lookup").GetProperty("get");
        Assert.Equal("LookupProcedure", lookup.GetProperty("operationId").GetString());
        Assert.True(lookup.GetProperty("responses").TryGetProperty("404", out _));
        Assert.Equal(
            new[] { "grade", "q", "specialty" },
            paths.GetProperty("/api/procedures").GetProperty("get").GetProperty("parameters").EnumerateArray()
                .Select(p => p.GetProperty("name").GetString()).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_page_is_served_at_the_root_with_its_script_and_no_external_resources()
    {
        var html = await _client.GetStringAsync("/");
        var script = await _client.GetAsync("/app.js");

        Assert.Contains("<title>手术分级目录查询</title>", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("src=\"app.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("://", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
