using System;
using System.Collections.Generic;
using System.Globalization;
using CatalogSdk.Interventional;
using CatalogSdk.Privileges;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CatalogSdk.Samples.WebApi;

/// <summary>The API: every answer comes from code generated out of catalog/interventional.txt at build time.</summary>
public static class CatalogueEndpoints
{
    /// <summary>Maps the <c>/api</c> endpoints.</summary>
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("手术分级目录 Catalogue");

        api.MapGet("/procedures", ListProcedures)
            .WithName("ListProcedures")
            .WithSummary("列出并筛选手术 / List and filter procedures")
            .WithDescription("grade: 1–4、三级、三级手术；specialty: 专科名称或编号；q: 名称或缩写（精确匹配优先，否则按部分名称匹配）。 grade: 1–4 or a label; specialty: a short name or number; q: a name or abbreviation (exact match first, else a partial match).")
            .ProducesValidationProblem();

        api.MapGet("/procedures/{id:int}", GetProcedure)
            .WithName("GetProcedure")
            .WithSummary("按 ID 获取手术 / Get a procedure by ID")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/lookup", Lookup)
            .WithName("LookupProcedure")
            .WithSummary("按名称或缩写查找手术 / Look up a procedure by name or abbreviation")
            .WithDescription("全角/半角、空白、括号样式和英文大小写不影响查找。 Full-width and half-width forms, whitespace, bracket styles and case do not matter.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/suggest", Suggest)
            .WithName("SuggestProcedures")
            .WithSummary("按输入文字推荐手术 / Suggest procedures for typed text")
            .WithDescription("按匹配程度排序；支持口语简称（冠脉）、同义写法（置入/植入）、省略「术」或括号限定语、繁体字、缩写（ptca）。级别取决于部位或病变限定语时，返回所有相关条目并标明。max: 1–50，默认 10。 Ranked by how well they match: colloquial forms (冠脉), synonyms (置入/植入), a missing 术 or bracketed qualifier, traditional characters, abbreviations (ptca). When the grade depends on a region or lesion qualifier, every such entry is returned and the answer says so. max: 1–50, default 10.")
            .ProducesValidationProblem();

        api.MapGet("/specialties", ListSpecialties)
            .WithName("ListSpecialties")
            .WithSummary("列出专科及各级手术数 / List the specialties with their number of procedures per grade");

        api.MapPost("/privileges/check", CheckPrivileges)
            .WithName("CheckPrivileges")
            .WithSummary("手术授权检查 / Check a surgeon's privileges")
            .WithDescription("按专科授权及有效期判断医师能否实施该手术；未知手术、兜底条目、无授权、授权过期或未生效、级别超出授权均拒绝。 Fails closed: an unknown procedure, a catch-all rule, no grant, an expired or not-yet-valid grant, or a grade above the grant is refused.")
            .ProducesValidationProblem();

        return app;
    }

    internal static Results<Ok<ProcedureListResponse>, ValidationProblem> ListProcedures(string? grade, string? specialty, string? q)
    {
        var errors = new Dictionary<string, string[]>();
        SurgicalGrade? gradeFilter = null;
        if (!string.IsNullOrWhiteSpace(grade))
        {
            if (CatalogueQueries.TryParseGrade(grade, out var g))
            {
                gradeFilter = g;
            }
            else
            {
                errors["grade"] = new[] { $"「{grade}」不是手术级别：应为 1–4 或「一级手术」…「四级手术」。 '{grade}' is not a grade: use 1–4 or 一级手术 … 四级手术." };
            }
        }

        Specialty? specialtyFilter = null;
        if (!string.IsNullOrWhiteSpace(specialty))
        {
            if (CatalogueQueries.TryParseSpecialty(specialty, out var s))
            {
                specialtyFilter = s;
            }
            else
            {
                errors["specialty"] = new[] { $"目录中没有专科「{specialty}」。 The catalogue has no specialty '{specialty}'." };
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "查询条件有误 / Invalid filter");
        }

        return TypedResults.Ok(CatalogueQueries.Search(q, gradeFilter, specialtyFilter));
    }

    internal static Results<Ok<ProcedureDto>, ProblemHttpResult> GetProcedure(int id)
    {
        return Catalogue.TryGet((Procedure)id, out var info)
            ? TypedResults.Ok(CatalogueQueries.ToDto(info))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "未找到手术 / Procedure not found",
                detail: $"目录中没有 ID 为 {id} 的手术。 The catalogue has no procedure with ID {id}.");
    }

    internal static Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult> Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["name"] = new[] { "请提供手术名称或缩写。 Give a procedure name or abbreviation." } },
                title: "查询条件有误 / Invalid lookup");
        }

        var info = Catalogue.Find(name);
        return info is not null
            ? TypedResults.Ok(CatalogueQueries.ToDto(info))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "未找到手术 / Procedure not found",
                detail: $"目录中没有名称或缩写为「{name}」的手术。 No procedure in the catalogue has the name or abbreviation '{name}'.");
    }

    internal static Results<Ok<SuggestionResponse>, ValidationProblem> Suggest(string? q, int? max)
    {
        if (max is < 1 or > 50)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["max"] = new[] { "max 应为 1–50。 max must be 1–50." } },
                title: "查询条件有误 / Invalid query");
        }

        return TypedResults.Ok(CatalogueQueries.Suggest(q ?? string.Empty, max ?? 10));
    }

    internal static Ok<IReadOnlyList<SpecialtyDto>> ListSpecialties() => TypedResults.Ok(CatalogueQueries.Specialties());

    internal static Results<Ok<PrivilegeCheckResponse>, ValidationProblem> CheckPrivileges(PrivilegeCheckRequest request, TimeProvider time)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.SurgeonId))
        {
            errors["surgeonId"] = new[] { "请提供医师工号。 Give the surgeon's staff number." };
        }

        var grants = new List<PrivilegeGrant<Specialty>>();
        var requested = request.Grants ?? Array.Empty<GrantRequest>();
        for (var i = 0; i < requested.Count; i++)
        {
            var grant = requested[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"grants[{i}]");
            if (grant is null)
            {
                errors[field] = new[] { "授权不能为空。 A grant cannot be null." };
                continue;
            }

            var valid = true;
            if (!CatalogueQueries.TryParseSpecialty(grant.Specialty, out var specialty))
            {
                errors[field + ".specialty"] = new[] { $"目录中没有专科「{grant.Specialty}」。 The catalogue has no specialty '{grant.Specialty}'." };
                valid = false;
            }

            if (!SurgicalGrades.IsDefined((SurgicalGrade)grant.MaxGrade))
            {
                errors[field + ".maxGrade"] = new[] { "授权级别必须是 1–4。 The authorised grade must be 1–4." };
                valid = false;
            }

            if (grant.ValidUntil <= grant.ValidFrom)
            {
                errors[field + ".validUntil"] = new[] { "授权截止时间必须晚于生效时间。 validUntil must be after validFrom." };
                valid = false;
            }

            if (valid)
            {
                grants.Add(new PrivilegeGrant<Specialty>(specialty, (SurgicalGrade)grant.MaxGrade, grant.ValidFrom, grant.ValidUntil));
            }
        }

        var byName = !string.IsNullOrWhiteSpace(request.Procedure);
        if (byName == request.ProcedureId.HasValue)
        {
            errors["procedure"] = new[] { "请给出手术名称（procedure）或手术 ID（procedureId）中的一个。 Give either the procedure's name (procedure) or its ID (procedureId)." };
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "授权检查请求有误 / Invalid privilege check");
        }

        // A name that is not in the catalogue, or an ID that is not a member, is checked as null: refused as unknown.
        ProcedureInfo<Procedure, Specialty>? procedure = byName
            ? Catalogue.Find(request.Procedure)
            : Catalogue.TryGet((Procedure)request.ProcedureId!.Value, out var byId) ? byId : null;
        var at = request.At ?? time.GetLocalNow().DateTime;
        var surgeon = new SurgeonPrivileges<Specialty>(request.SurgeonId!, grants);
        var decision = surgeon.Check(procedure, at);
        return TypedResults.Ok(new PrivilegeCheckResponse(
            decision.IsAllowed,
            decision.Reason.ToString(),
            decision.Message,
            surgeon.SurgeonId,
            procedure is null ? null : CatalogueQueries.ToDto(procedure),
            (int?)decision.ProcedureGrade,
            (int?)decision.AuthorisedGrade,
            at));
    }
}
