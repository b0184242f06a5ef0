using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContentGuard.Api.Tests;

/// <summary>
/// Hosts the API in memory. Every host shares one engine (building it loads jieba and the tables), so a host with its
/// own settings costs only the host start-up.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private static readonly Lazy<ContentChecker> SharedEngine = new(() => new ContentCheckerBuilder().UseDefaults().Build());

    private readonly Dictionary<string, string?> _settings;
    private readonly ContentChecker? _engine;
    private readonly Action<IServiceCollection>? _services;

    public ApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal ApiFactory(Dictionary<string, string?> settings, ContentChecker? engine = null, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _engine = engine;
        _services = services;
    }

    public static ContentChecker Engine => SharedEngine.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(_engine ?? Engine);
            _services?.Invoke(services);
        });
    }
}

/// <summary>Request and response helpers.</summary>
internal static class Http
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(object body) => Json(JsonSerializer.Serialize(body));

    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 body with the status, a detail and a trace id; returns the body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("traceId").GetString()));
        return body;
    }

    public static HttpRequestMessage WithKey(this HttpRequestMessage request, string key)
    {
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    public static MediaTypeHeaderValue? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType;
}
