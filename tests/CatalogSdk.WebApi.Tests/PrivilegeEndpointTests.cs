using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CatalogSdk.Interventional;
using CatalogSdk.WebApi.Tests.Support;

namespace CatalogSdk.WebApi.Tests;

/// <summary>POST /api/privileges/check: the runtime's fail-closed decision, with its reason and bilingual message.</summary>
public sealed class PrivilegeEndpointTests : IClassFixture<ApiFactory>
{
    private const string At = "2026-11-24T09:00:00";
    private readonly HttpClient _client;

    public PrivilegeEndpointTests(ApiFactory factory)
    {
        _client = factory.CreateClient();
    }

    // D-0427: cardiovascular up to grade 3 during 2026; peripheral vascular up to grade 4 until the end of 2025;
    // neurovascular up to grade 2 from 2027.
    private static readonly object[] s_grants =
    {
        new { specialty = "心血管疾病", maxGrade = 3, validFrom = "2026-01-01", validUntil = "2027-01-01" },
        new { specialty = "外周血管", maxGrade = 4, validFrom = "2024-01-01", validUntil = "2026-01-01" },
        new { specialty = "2", maxGrade = 2, validFrom = "2027-01-01", validUntil = "2028-01-01" },
    };

    [Theory]
    [InlineData("ptca", true, "Allowed", "允许：授权至三级手术，手术为三级手术。")]
    [InlineData("冠状动脉造影术", true, "Allowed", "允许：")]
    [InlineData("人工起搏器功能检查", true, "Allowed", "允许：授权至三级手术，手术为一级手术。")]
    [InlineData("冠状动脉支架植入术", false, "GradeAboveAuthorisation", "拒绝：手术为四级手术，医师仅授权至三级手术。")]
    [InlineData("主动脉瘤腔内修复术", false, "GrantExpired", "拒绝：医师的授权已过期。")]
    [InlineData("脑血管造影术", false, "GrantNotYetValid", "拒绝：医师的授权尚未生效。")]
    [InlineData("经皮穿刺胆汁引流术", false, "NoGrantForSpecialty", "拒绝：医师在该手术所属专科没有授权。")]
    [InlineData("其他准予临床应用的新技术", false, "CatchAllRule", "拒绝：这是新技术的兜底条目")]
    [InlineData("阑尾切除术", false, "UnknownProcedure", "拒绝：目录中没有这个手术。")]
    public async Task The_decision_says_whether_and_why(string procedure, bool allowed, string reason, string messageStart)
    {
        var decision = await CheckAsync(new { surgeonId = "D-0427", grants = s_grants, procedure, at = At });

        Assert.Equal(allowed, decision.GetProperty("allowed").GetBoolean());
        Assert.Equal(reason, decision.GetProperty("reason").GetString());
        var message = decision.GetProperty("message").GetString()!;
        Assert.StartsWith(messageStart, message, StringComparison.Ordinal);
        Assert.Contains(allowed ? " Allowed: " : " Refused: ", message, StringComparison.Ordinal);
        Assert.Equal("D-0427", decision.GetProperty("surgeonId").GetString());
    }

    [Fact]
    public async Task An_allowed_decision_carries_the_procedure_and_both_grades()
    {
        var decision = await CheckAsync(new { surgeonId = "D-0427", grants = s_grants, procedure = "ＰＴＣＡ", at = At });

        Assert.Equal("经皮冠状动脉腔内血管成形术[PTCA]", decision.GetProperty("procedure").GetProperty("name").GetString());
        Assert.Equal(3, decision.GetProperty("procedureGrade").GetInt32());
        Assert.Equal(3, decision.GetProperty("authorisedGrade").GetInt32());
        Assert.Equal(At, decision.GetProperty("at").GetString());
    }

    [Fact]
    public async Task An_unknown_procedure_is_refused_with_no_procedure_in_the_answer()
    {
        var decision = await CheckAsync(new { surgeonId = "D-0427", grants = s_grants, procedure = "冠状动脉造影", at = At });

        Assert.False(decision.GetProperty("allowed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("procedure").ValueKind);
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("procedureGrade").ValueKind);
    }

    [Theory]
    [InlineData(14, true, "Allowed")]
    [InlineData(26, false, "GradeAboveAuthorisation")]
    [InlineData(100000, false, "UnknownProcedure")]
    public async Task The_procedure_can_be_given_by_id(int procedureId, bool allowed, string reason)
    {
        var decision = await CheckAsync(new { surgeonId = "D-0427", grants = s_grants, procedureId, at = At });

        Assert.Equal(allowed, decision.GetProperty("allowed").GetBoolean());
        Assert.Equal(reason, decision.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("2026-01-01T00:00:00", "Allowed")]
    [InlineData("2026-12-31T23:59:59", "Allowed")]
    [InlineData("2027-01-01T00:00:00", "GrantExpired")]
    [InlineData("2025-12-31T23:59:59", "GrantNotYetValid")]
    public async Task Validity_starts_inclusive_and_ends_exclusive(string at, string reason)
    {
        var decision = await CheckAsync(new { surgeonId = "D-0427", grants = s_grants, procedure = "ptca", at });

        Assert.Equal(reason, decision.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_surgeon_without_grants_is_refused()
    {
        var decision = await CheckAsync(new { surgeonId = "D-0001", procedure = "人工起搏器功能检查", at = At });

        Assert.False(decision.GetProperty("allowed").GetBoolean());
        Assert.Equal("NoGrantForSpecialty", decision.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Without_a_time_the_check_is_at_the_servers_now()
    {
        // ApiFactory's clock says 2026-11-24 09:30: inside the cardiovascular grant.
        var decision = await CheckAsync(new { surgeonId = "D-0427", grants = s_grants, procedure = "ptca" });

        Assert.Equal("2026-11-24T09:30:00", decision.GetProperty("at").GetString());
        Assert.True(decision.GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task An_invalid_request_is_a_400_problem_naming_every_wrong_field()
    {
        var response = await _client.PostJsonAsync("/api/privileges/check", new
        {
            surgeonId = " ",
            grants = new object[]
            {
                new { specialty = "骨科", maxGrade = 3, validFrom = "2026-01-01", validUntil = "2027-01-01" },
                new { specialty = "心血管疾病", maxGrade = 5, validFrom = "2027-01-01", validUntil = "2026-01-01" },
            },
            procedure = "ptca",
            procedureId = 14,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");
        Assert.Equal(
            new[] { "grants[0].specialty", "grants[1].maxGrade", "grants[1].validUntil", "procedure", "surgeonId" },
            errors.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.StartsWith("目录中没有专科「骨科」。", errors.GetProperty("grants[0].specialty")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_procedure_is_a_400_problem()
    {
        var response = await _client.PostJsonAsync("/api/privileges/check", new { surgeonId = "D-0427", grants = s_grants, at = At });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("errors").TryGetProperty("procedure", out _));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var content = new StringContent("{\"surgeonId\": ", Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/privileges/check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_decision_matches_the_runtime_library_for_every_procedure()
    {
        // The endpoint adds nothing to the decision: for each procedure, the API says what SurgeonPrivileges says.
        var surgeon = new CatalogSdk.Privileges.SurgeonPrivileges<Specialty>("D-0427", new[]
        {
            new CatalogSdk.Privileges.PrivilegeGrant<Specialty>(Specialty.心血管疾病, SurgicalGrade.Grade3, new DateTime(2026, 1, 1), new DateTime(2027, 1, 1)),
        });
        var at = new DateTime(2026, 11, 24, 9, 0, 0);
        foreach (var info in Catalogue.BySpecialty(Specialty.心血管疾病))
        {
            var expected = surgeon.Check(info, at);
            var decision = await CheckAsync(new { surgeonId = "D-0427", grants = s_grants.Take(1), procedureId = info.Id, at = At });
            Assert.Equal(expected.IsAllowed, decision.GetProperty("allowed").GetBoolean());
            Assert.Equal(expected.Reason.ToString(), decision.GetProperty("reason").GetString());
            Assert.Equal(expected.Message, decision.GetProperty("message").GetString());
        }
    }

    private async Task<JsonElement> CheckAsync(object body)
    {
        var response = await _client.PostJsonAsync("/api/privileges/check", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await Json.ReadAsync(response);
    }
}
