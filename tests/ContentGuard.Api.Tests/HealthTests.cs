using System.Net;
using ContentGuard.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentGuard.Api.Tests;

public sealed class HealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Healthz_is_live()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_answers_head_probes()
    {
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<EngineReadiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(60));

        foreach (var path in new[] { "/healthz", "/healthz/ready" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, path);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task Ready_turns_200_once_the_engine_is_warmed_up()
    {
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<EngineReadiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(60));

        var response = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_is_unhealthy_until_marked_ready_or_failed()
    {
        var readiness = new EngineReadiness();
        var context = new HealthCheckContext();

        Assert.Equal(HealthStatus.Unhealthy, (await readiness.CheckHealthAsync(context)).Status);
        readiness.MarkReady();
        Assert.Equal(HealthStatus.Healthy, (await readiness.CheckHealthAsync(context)).Status);

        var failed = new EngineReadiness();
        failed.MarkFailed(new InvalidOperationException("no dictionary"));
        Assert.Equal(HealthStatus.Unhealthy, (await failed.CheckHealthAsync(context)).Status);
    }
}
