using System.Net;
using System.Text.Json;

namespace ContentGuard.Api.Tests;

public sealed class OpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_document_lists_every_endpoint_with_its_responses()
    {
        var doc = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
        var paths = doc.GetProperty("paths");

        AssertResponses(paths, "/v1/check", "post", "200", "400", "401", "413", "415", "429", "500");
        AssertResponses(paths, "/v2/check", "post", "200", "400", "401", "413", "415", "429", "500");
        AssertResponses(paths, "/v1/rules", "get", "200", "401", "429");
        AssertResponses(paths, "/v1/info", "get", "200", "401", "429");
        AssertResponses(paths, "/v2/languages", "get", "200", "401", "429");
        AssertResponses(paths, "/healthz", "get", "200");
        AssertResponses(paths, "/healthz/ready", "get", "200", "503");
    }

    [Fact]
    public async Task The_check_operation_has_a_chinese_example_and_the_api_key_scheme()
    {
        var doc = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        var check = doc.GetProperty("paths").GetProperty("/v1/check").GetProperty("post");
        var example = check.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Contains("政府网站", example.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("X-Api-Key", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.True(check.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
        Assert.Equal("block", check.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("decision").GetProperty("suggestion").GetString());
        Assert.Equal(
            "application/problem+json",
            check.GetProperty("responses").GetProperty("400").GetProperty("content").EnumerateObject().Single().Name);
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("CheckRequest", out _));
        Assert.True(schemas.TryGetProperty("CheckResult", out _));
        Assert.True(schemas.TryGetProperty("ProblemDetails", out _));
        Assert.Equal("array", schemas.GetProperty("CheckResult").GetProperty("properties").GetProperty("sentenceRanges").GetProperty("items").GetProperty("type").GetString());
        Assert.Contains("text", schemas.GetProperty("CheckRequest").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void AssertResponses(JsonElement paths, string path, string method, params string[] statuses)
    {
        Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing");
        Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is missing");
        Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()), $"{path} has no summary");
        var responses = operation.GetProperty("responses");
        foreach (var status in statuses)
        {
            Assert.True(responses.TryGetProperty(status, out var response), $"{method} {path} does not document {status}");
            Assert.False(string.IsNullOrEmpty(response.GetProperty("description").GetString()));
        }
    }
}
