using System;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CatalogSdk.WebApi.Tests.Support;

/// <summary>The sample app in process (TestServer), with a fixed clock so that "now" is known.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The local time the app sees as now: 2026-11-24 09:30.</summary>
    public static readonly DateTime Now = new(2026, 11, 24, 9, 30, 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FixedTimeProvider(Now))));
    }

    private sealed class FixedTimeProvider : TimeProvider
    {
        private readonly DateTimeOffset _now;

        public FixedTimeProvider(DateTime localNow)
        {
            _now = new DateTimeOffset(localNow, TimeSpan.Zero);
        }

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
