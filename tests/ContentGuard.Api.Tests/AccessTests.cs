using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContentGuard.Api.Tests;

public sealed class AccessTests
{
    private static readonly Dictionary<string, string?> Keys = new()
    {
        ["ContentGuard:ApiKeys:0"] = "cms-key-1",
        ["ContentGuard:ApiKeys:1"] = "cms-key-2",
    };

    [Theory]
    [InlineData("/v1/rules")]
    [InlineData("/v1/info")]
    [InlineData("/v2/languages")]
    public async Task With_keys_configured_a_call_without_a_key_is_401(string path)
    {
        using var factory = new ApiFactory(Keys);

        var response = await factory.CreateClient().GetAsync(path);

        var body = await response.AssertProblemAsync(401);
        Assert.Contains("X-Api-Key", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_keys_configured_a_wrong_key_is_401_and_a_right_key_is_200()
    {
        using var factory = new ApiFactory(Keys);
        var client = factory.CreateClient();

        var wrong = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = Http.Json(new { text = "正文" }) }.WithKey("guess"));
        var right = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = Http.Json(new { text = "正文" }) }.WithKey("cms-key-2"));

        var body = await wrong.AssertProblemAsync(401);
        Assert.DoesNotContain("cms-key", body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task With_keys_configured_health_and_docs_stay_open()
    {
        using var factory = new ApiFactory(Keys);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Languagetool_clients_may_send_the_key_as_the_apiKey_form_field()
    {
        using var factory = new ApiFactory(Keys);
        var client = factory.CreateClient();

        var response = await client.PostAsync("/v2/check", Http.Form(("text", "正文"), ("language", "zh-CN"), ("apiKey", "cms-key-1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_keys_loopback_clients_are_served()
    {
        using var factory = new ApiFactory();

        var body = await (await factory.CreateClient().GetAsync("/v1/info")).ReadJsonAsync();

        Assert.False(body.GetProperty("apiKeyRequired").GetBoolean());
    }

    [Fact]
    public async Task Without_keys_a_remote_client_is_401_unless_allowed()
    {
        using var closed = new ApiFactory([], services: RemoteClient);
        using var open = new ApiFactory(new() { ["ContentGuard:AllowRemoteWithoutKeys"] = "true" }, services: RemoteClient);

        var body = await (await closed.CreateClient().GetAsync("/v1/rules")).AssertProblemAsync(401);
        Assert.Contains("loopback", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await open.CreateClient().GetAsync("/v1/rules")).StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    public async Task Without_keys_a_request_relayed_by_a_local_proxy_is_401(string header, string value)
    {
        using var factory = new ApiFactory();
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/rules");
        request.Headers.Add(header, value);

        await (await factory.CreateClient().SendAsync(request)).AssertProblemAsync(401);
    }

    [Fact]
    public async Task Over_the_rate_limit_is_429_with_retry_after()
    {
        using var factory = new ApiFactory(new() { ["ContentGuard:RateLimit:PermitLimit"] = "2", ["ContentGuard:RateLimit:WindowSeconds"] = "3600" });
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/rules")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/check", Http.Json(new { text = "正文" }))).StatusCode);
        var limited = await client.PostAsync("/v1/check", Http.Json(new { text = "正文" }));

        var body = await limited.AssertProblemAsync(429);
        Assert.Contains("rate limit", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var retryAfter = Assert.Single(limited.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Rate_limits_are_per_api_key()
    {
        var settings = new Dictionary<string, string?>(Keys) { ["ContentGuard:RateLimit:PermitLimit"] = "1", ["ContentGuard:RateLimit:WindowSeconds"] = "3600" };
        using var factory = new ApiFactory(settings);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/rules").WithKey("cms-key-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/rules").WithKey("cms-key-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/rules").WithKey("cms-key-2"))).StatusCode);
    }

    [Fact]
    public async Task Rate_limiting_can_be_switched_off()
    {
        using var factory = new ApiFactory(new() { ["ContentGuard:RateLimit:Enabled"] = "false", ["ContentGuard:RateLimit:PermitLimit"] = "1" });
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/rules")).StatusCode);
        }
    }

    [Fact]
    public async Task Cors_allows_only_configured_origins()
    {
        using var none = new ApiFactory();
        using var configured = new ApiFactory(new() { ["ContentGuard:Cors:Origins:0"] = "https://cms.example.gov.cn" });

        var denied = await none.CreateClient().SendAsync(Preflight("https://cms.example.gov.cn"));
        var allowed = await configured.CreateClient().SendAsync(Preflight("https://cms.example.gov.cn"));
        var other = await configured.CreateClient().SendAsync(Preflight("https://evil.example.com"));

        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://cms.example.gov.cn", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("X-Api-Key", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v1/check");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }

    private static void RemoteClient(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter>(new RemoteAddressFilter());

    /// <summary>Makes every request look as if it came from another machine.</summary>
    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
