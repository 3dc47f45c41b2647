using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CatalogSdk.Interventional;
using CatalogSdk.WebApi.Tests.Support;

namespace CatalogSdk.WebApi.Tests;

/// <summary>GET /api/procedures, /api/procedures/{id}, /api/lookup and /api/specialties, in process.</summary>
public sealed class ProcedureEndpointTests : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client;

    public ProcedureEndpointTests(ApiFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Without_filters_every_procedure_is_listed_in_id_order_and_catch_all_rules_are_not()
    {
        var body = await GetOkAsync("/api/procedures");

        Assert.Equal("all", body.GetProperty("match").GetString());
        var items = Items(body);
        Assert.Equal(171, items.Count);
        Assert.Equal(Catalogue.Procedures.Count, body.GetProperty("count").GetInt32());
        Assert.Equal(items.Select(i => i.Id).OrderBy(id => id), items.Select(i => i.Id));
        Assert.DoesNotContain(items, i => i.IsCatchAll);
        Assert.DoesNotContain(items, i => i.Name == "其他准予临床应用的新技术");
    }

    [Theory]
    [InlineData("4")]
    [InlineData("四级手术")]
    [InlineData("四级")]
    [InlineData("４")]
    public async Task The_grade_filter_accepts_codes_and_labels(string grade)
    {
        var items = Items(await GetOkAsync("/api/procedures?grade=" + Uri.EscapeDataString(grade)));

        Assert.Equal(Catalogue.ByGrade(SurgicalGrade.Grade4).Count, items.Count);
        Assert.All(items, i => Assert.Equal(4, i.Grade));
        Assert.All(items, i => Assert.Equal("四级手术", i.GradeLabel));
    }

    [Theory]
    [InlineData("神经血管")]
    [InlineData("2")]
    [InlineData("（二）神经血管介入诊疗手术分级目录")]
    public async Task Grade_and_specialty_together_narrow_the_list(string specialty)
    {
        var items = Items(await GetOkAsync("/api/procedures?grade=4&specialty=" + Uri.EscapeDataString(specialty)));

        Assert.Equal(10, items.Count);
        Assert.Equal(Catalogue.BySpecialtyAndGrade(Specialty.神经血管, SurgicalGrade.Grade4).Select(p => p.Id), items.Select(i => i.Id));
        Assert.All(items, i => Assert.Contains("神经血管", i.Specialties));
        Assert.Contains(items, i => i.Name == "颅内动脉瘤/动脉夹层介入栓塞术");
    }

    [Fact]
    public async Task A_procedure_listed_under_two_specialties_appears_under_both()
    {
        var peripheral = Items(await GetOkAsync("/api/procedures?specialty=" + Uri.EscapeDataString("外周血管")));
        var comprehensive = Items(await GetOkAsync("/api/procedures?specialty=" + Uri.EscapeDataString("综合介入")));

        var tips = Assert.Single(peripheral, i => i.Abbreviation == "TIPS");
        Assert.Contains(comprehensive, i => i.Id == tips.Id);
        Assert.Equal(new[] { "外周血管", "综合介入" }, tips.Specialties);
    }

    [Theory]
    [InlineData("ptca")]
    [InlineData("ＰＴＣＡ")]
    [InlineData(" 经皮冠状动脉腔内血管成形术（PTCA） ")]
    public async Task A_name_or_abbreviation_as_staff_type_it_is_an_exact_match(string q)
    {
        var body = await GetOkAsync("/api/procedures?q=" + Uri.EscapeDataString(q));

        Assert.Equal("exact", body.GetProperty("match").GetString());
        var item = Assert.Single(Items(body));
        Assert.Equal((int)Procedure.经皮冠状动脉腔内血管成形术_PTCA, item.Id);
        Assert.Equal("经皮冠状动脉腔内血管成形术[PTCA]", item.Name);
        Assert.Equal(3, item.Grade);
        Assert.Equal("PTCA", item.Abbreviation);
    }

    [Fact]
    public async Task Part_of_a_name_lists_every_procedure_whose_name_contains_it()
    {
        var body = await GetOkAsync("/api/procedures?q=" + Uri.EscapeDataString("冠状动脉造影"));

        Assert.Equal("partial", body.GetProperty("match").GetString());
        Assert.Equal(new[] { "冠状动脉造影术", "多根导管冠状动脉造影" }, Items(body).Select(i => i.Name));
    }

    [Fact]
    public async Task Partial_matching_folds_width_and_case_and_also_searches_abbreviations()
    {
        var byName = Items(await GetOkAsync("/api/procedures?q=" + Uri.EscapeDataString("造影")));
        var byAbbreviation = Items(await GetOkAsync("/api/procedures?q=" + Uri.EscapeDataString("ｉｖｕ")));

        Assert.Equal(23, byName.Count);
        Assert.All(byName, i => Assert.Contains("造影", i.Name, StringComparison.Ordinal));
        var ivus = Assert.Single(byAbbreviation);
        Assert.Equal("IVUS", ivus.Abbreviation);
    }

    [Fact]
    public async Task The_query_and_the_filters_apply_together()
    {
        var none = Items(await GetOkAsync("/api/procedures?q=ptca&grade=4"));
        var some = Items(await GetOkAsync("/api/procedures?q=" + Uri.EscapeDataString("支架") + "&grade=3&specialty=1"));

        Assert.Empty(none);
        Assert.Equal(new[] { "择期冠状动脉腔内支架植入术（A型病变）" }, some.Select(i => i.Name));
    }

    [Fact]
    public async Task Nothing_matches_text_that_is_in_no_name()
    {
        var body = await GetOkAsync("/api/procedures?q=" + Uri.EscapeDataString("阑尾切除"));

        Assert.Equal(0, body.GetProperty("count").GetInt32());
        Assert.Empty(Items(body));
    }

    [Theory]
    [InlineData("grade=5", "grade", "不是手术级别")]
    [InlineData("grade=%E4%B8%89%E7%B4%9A%E6%89%8B%E8%A1%93x", "grade", "not a grade")]
    [InlineData("specialty=%E9%AA%A8%E7%A7%91", "specialty", "目录中没有专科「骨科」")]
    public async Task An_invalid_filter_is_a_400_problem_naming_the_field(string query, string field, string expected)
    {
        var response = await _client.GetAsync("/api/procedures?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString();
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_procedure_is_found_by_its_id()
    {
        var item = ToItem(await GetOkAsync("/api/procedures/" + (int)Procedure.冠状动脉造影术));

        Assert.Equal("冠状动脉造影术", item.Name);
        Assert.Equal(3, item.Grade);
        Assert.Equal(new[] { "心血管疾病" }, item.Specialties);
    }

    [Fact]
    public async Task The_catch_all_rule_is_found_by_its_id_and_flagged()
    {
        var rule = Catalogue.CatchAllRules[0];
        var item = ToItem(await GetOkAsync("/api/procedures/" + rule.Id));

        Assert.True(item.IsCatchAll);
        Assert.Equal("其他准予临床应用的新技术", item.Name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public async Task An_unknown_id_is_a_404_problem_in_chinese_then_english(int id)
    {
        var response = await _client.GetAsync("/api/procedures/" + id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal($"目录中没有 ID 为 {id} 的手术。 The catalogue has no procedure with ID {id}.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("ＴＩＰＳ")]
    [InlineData("tips")]
    [InlineData("经颈静脉肝内门体分流术(TIPS)")]
    [InlineData("经颈静脉肝内门体分流术［ＴＩＰＳ］")]
    public async Task Lookup_finds_a_procedure_by_full_width_abbreviation_or_any_bracket_style(string name)
    {
        var item = ToItem(await GetOkAsync("/api/lookup?name=" + Uri.EscapeDataString(name)));

        Assert.Equal((int)Procedure.经颈静脉肝内门体分流术_TIPS, item.Id);
        Assert.Equal("经颈静脉肝内门体分流术（TIPS）", item.Name);
        Assert.Equal(4, item.Grade);
        Assert.Equal("TIPS", item.Abbreviation);
    }

    [Fact]
    public async Task Lookup_of_an_unknown_name_is_a_404_problem_in_chinese_then_english()
    {
        var response = await _client.GetAsync("/api/lookup?name=" + Uri.EscapeDataString("冠状动脉造影"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("未找到手术 / Procedure not found", problem.GetProperty("title").GetString());
        Assert.Equal(
            "目录中没有名称或缩写为「冠状动脉造影」的手术。 No procedure in the catalogue has the name or abbreviation '冠状动脉造影'.",
            problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/lookup")]
    [InlineData("/api/lookup?name=%20%20")]
    public async Task Lookup_without_a_name_is_a_400_problem(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.StartsWith("请提供手术名称或缩写。", problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Specialties_are_listed_in_heading_order_with_their_counts_per_grade()
    {
        var response = await _client.GetAsync("/api/specialties");
        response.EnsureSuccessStatusCode();
        var specialties = (await Json.ReadAsync(response)).EnumerateArray().ToList();

        Assert.Equal(new[] { "心血管疾病", "神经血管", "外周血管", "综合介入" }, specialties.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(new[] { 1, 2, 3, 4 }, specialties.Select(s => s.GetProperty("order").GetInt32()));
        Assert.Equal("（二）神经血管介入诊疗手术分级目录", specialties[1].GetProperty("heading").GetString());
        Assert.Equal(new[] { 2, 2, 12, 10 }, specialties[1].GetProperty("countsByGrade").EnumerateArray().Select(c => c.GetInt32()));
        foreach (var s in specialties)
        {
            var counts = s.GetProperty("countsByGrade").EnumerateArray().Select(c => c.GetInt32()).ToList();
            Assert.Equal(s.GetProperty("count").GetInt32(), counts.Sum());
        }
    }

    [Fact]
    public async Task Json_is_utf8_with_chinese_written_as_text_not_escapes()
    {
        var response = await _client.GetAsync("/api/lookup?name=ptca");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("\"name\":\"经皮冠状动脉腔内血管成形术[PTCA]\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"gradeLabel\":\"三级手术\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", raw, StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetOkAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await Json.ReadAsync(response);
    }

    private static List<Item> Items(JsonElement body)
    {
        var items = body.GetProperty("items").EnumerateArray().Select(ToItem).ToList();
        Assert.Equal(body.GetProperty("count").GetInt32(), items.Count);
        return items;
    }

    private static Item ToItem(JsonElement e) => new(
        e.GetProperty("id").GetInt32(),
        e.GetProperty("name").GetString()!,
        e.GetProperty("grade").GetInt32(),
        e.GetProperty("gradeLabel").GetString()!,
        e.GetProperty("specialties").EnumerateArray().Select(s => s.GetString()!).ToArray(),
        e.GetProperty("abbreviation").ValueKind == JsonValueKind.Null ? null : e.GetProperty("abbreviation").GetString(),
        e.GetProperty("isCatchAll").GetBoolean());

    private sealed record Item(int Id, string Name, int Grade, string GradeLabel, string[] Specialties, string? Abbreviation, bool IsCatchAll);
}
