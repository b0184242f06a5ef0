using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContentGuard.Api.Tests;

public sealed class TrustedProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.7");

    /// <summary>Makes every request arrive from <see cref="Proxy"/> (or another peer), as behind a reverse proxy.</summary>
    private sealed class FromProxy(IPAddress? peer = null) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = peer ?? Proxy;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private static ApiFactory Factory(string? trusted)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ContentGuard:AllowRemoteWithoutKeys"] = "true",
            ["ContentGuard:RateLimit:PermitLimit"] = "1",
            ["ContentGuard:RateLimit:WindowSeconds"] = "3600",
        };
        if (trusted is not null)
        {
            settings["ContentGuard:TrustedProxies:0"] = trusted;
        }

        return new ApiFactory(settings, services: s => s.AddSingleton<IStartupFilter>(new FromProxy()));
    }

    private static Task<HttpResponseMessage> Rules(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/rules");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    [Theory]
    [InlineData("10.0.0.7")]
    [InlineData("10.0.0.0/24")]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_rate_limit(string trusted)
    {
        using var factory = Factory(trusted);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await Rules(client, "203.0.113.5")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Rules(client, "203.0.113.5")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Rules(client, "203.0.113.6")).StatusCode);
    }

    [Fact]
    public async Task Without_trusted_proxies_forwarded_headers_are_ignored()
    {
        using var factory = Factory(trusted: null);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await Rules(client, "203.0.113.5")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Rules(client, "203.0.113.6")).StatusCode);
    }

    [Fact]
    public async Task A_proxy_not_in_the_list_is_not_believed()
    {
        using var factory = Factory("192.168.1.0/24");
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await Rules(client, "203.0.113.5")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Rules(client, "203.0.113.6")).StatusCode);
    }

    [Fact]
    public void A_malformed_entry_fails_at_start_up()
    {
        using var factory = Factory("not-an-address");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("TrustedProxies", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.7", "10.0.0.7", "127.0.0.1")]
    [InlineData("127.0.0.1", "127.0.0.1", "127.0.0.1")]
    [InlineData("10.0.0.7", "10.0.0.7", "203.0.113.5")]
    [InlineData(null, "127.0.0.1", "127.0.0.1")]
    public async Task Keyless_mode_never_serves_a_relayed_request_even_one_naming_loopback(string? trusted, string peer, string forwardedFor)
    {
        var settings = new Dictionary<string, string?>();
        if (trusted is not null)
        {
            settings["ContentGuard:TrustedProxies:0"] = trusted;
        }

        using var factory = new ApiFactory(settings, services: s => s.AddSingleton<IStartupFilter>(new FromProxy(IPAddress.Parse(peer))));
        var response = await Rules(factory.CreateClient(), forwardedFor);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Keyless_mode_serves_a_direct_loopback_request_with_trusted_proxies_configured()
    {
        var settings = new Dictionary<string, string?> { ["ContentGuard:TrustedProxies:0"] = "127.0.0.1" };
        using var factory = new ApiFactory(settings, services: s => s.AddSingleton<IStartupFilter>(new FromProxy(IPAddress.Loopback)));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/v1/rules")).StatusCode);
    }
}
