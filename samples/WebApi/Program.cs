// 手术分级目录查询 — an ASP.NET Core minimal API and a small Chinese web page over the national interventional
// catalogue. Every answer comes from code that CatalogSdk generated out of catalog/interventional.txt at build time.
//
//   dotnet run --project samples/WebApi --urls http://127.0.0.1:5080
//   then open http://127.0.0.1:5080/ (the page) or http://127.0.0.1:5080/openapi/v1.json (the OpenAPI document).
using System;
using System.Text.Encodings.Web;
using CatalogSdk.Samples.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.Services.ConfigureHttpJsonOptions(options =>
{
    // Chinese (and quotes) as UTF-8 text, not \uXXXX escapes. Relaxed escaping is safe here: the answers are
    // application/json, and the page puts every value into the document with textContent, never as HTML.
    options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
});
builder.Services.AddProblemDetails();
// A malformed request body is a 400 problem in every environment (Development would otherwise throw, and answer 500).
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info = new OpenApiInfo
        {
            Title = "手术分级目录查询 API / Surgical grading catalogue API",
            Version = "v1",
            Description = "《介入诊疗手术分级目录》：查询、查找与手术授权检查。 The national interventional catalogue: queries, lookups and surgeon privilege checks.",
        };
        return System.Threading.Tasks.Task.CompletedTask;
    });
});

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.MapCatalogueApi();

app.Run();

/// <summary>The entry point; public so that tests can start the app with WebApplicationFactory.</summary>
public partial class Program
{
}
