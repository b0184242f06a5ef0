using System.Net;
using System.Text;

namespace ContentGuard.Api.Tests;

public sealed class RobustnessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Inputs => new()
    {
        { "lone surrogates", "正文\uD800文\uDC00本\uD83D" },
        { "NUL and control characters", "正\0文\u0001\u0007\u001B[31m机密★1年\u007F\u0085\u2028" },
        { "100,000 of one character", new string('啊', 100_000) },
        { "100,000 stars", new string('★', 100_000) },
        { "100,000 line breaks", new string('\n', 100_000) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Hostile_text_gets_a_normal_result(string name, string text)
    {
        var response = await _client.PostAsync("/v1/check", Http.Json(new { text }));

        Assert.True(response.StatusCode == HttpStatusCode.OK, name);
        var body = await response.ReadJsonAsync();
        Assert.Equal("utf16", body.GetProperty("offsetUnit").GetString());
        foreach (var match in body.GetProperty("matches").EnumerateArray())
        {
            Assert.InRange(match.GetProperty("offset").GetInt32() + match.GetProperty("length").GetInt32(), 0, text.Length);
        }
    }

    [Fact]
    public async Task Lone_surrogate_escapes_in_the_json_are_checked_and_offsets_index_the_submitted_string()
    {
        // JSON.stringify and Python's json.dumps write a lone surrogate (an emoji cut in half) as a \u escape;
        // serializing a .NET string would replace it with U+FFFD, so the body is written by hand.
        const string json = "{\"text\":\"\\ud83d习近评\\udc00。机密\"}";
        const string text = "\uD83D习近评\uDC00。机密";

        var response = await _client.PostAsync("/v1/check", Http.Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matches = (await response.ReadJsonAsync()).GetProperty("matches").EnumerateArray().ToList();
        var name = Assert.Single(matches, m => m.GetProperty("rule").GetProperty("id").GetString() == "LEADER_NAME_NEAR_MISS");
        Assert.Equal("习近评", text.Substring(name.GetProperty("offset").GetInt32(), name.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Deeply_nested_html_gets_a_normal_result()
    {
        var html = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("机密★1年");

        var response = await _client.PostAsync("/v1/check", Http.Json(new { text = html.ToString(), format = "html" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unclosed_and_broken_html_gets_a_normal_result()
    {
        const string html = "<p>正文<b><i></p></b>&amp;&#xD800;&#99999999;<scr<script>ipt>alert(1)</script><!-- 机密★1年 <p>通知";

        var response = await _client.PostAsync("/v1/check", Http.Json(new { text = html, format = "html" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_spent_time_budget_returns_what_was_found_with_incomplete_results()
    {
        using var budgeted = new ApiFactory(new() { ["ContentGuard:TimeBudgetMs"] = "0" });

        var body = await (await budgeted.CreateClient().PostAsync("/v1/check", Http.Json(new { text = "机密★1年\n正文" }))).ReadJsonAsync();

        Assert.True(body.GetProperty("warnings").GetProperty("incompleteResults").GetBoolean());
        Assert.NotEmpty(body.GetProperty("warnings").GetProperty("messages").EnumerateArray());
        // Nothing was checked, so nothing may pass: an incomplete check asks for a person.
        Assert.Equal("review", body.GetProperty("decision").GetProperty("suggestion").GetString());
    }
}
