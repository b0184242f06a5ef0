using System.Net;
using System.Text.Json;

namespace ContentGuard.Api.Tests;

public sealed class CheckEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Check_returns_the_contract_shape_and_echoes_the_data_id()
    {
        var response = await _client.PostAsync("/v1/check", Http.Json(new { text = "通知\n机密★1年\n正文。", documentDate = "2026-11-27", dataId = "article-42" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType()?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal("block", body.GetProperty("decision").GetProperty("suggestion").GetString());
        Assert.Equal("high", body.GetProperty("decision").GetProperty("riskLevel").GetString());
        Assert.Equal("utf16", body.GetProperty("offsetUnit").GetString());
        Assert.Equal("article-42", body.GetProperty("dataId").GetString());
        Assert.Equal("ContentGuard", body.GetProperty("software").GetProperty("name").GetString());
        Assert.NotEmpty(body.GetProperty("software").GetProperty("data").EnumerateObject());
        Assert.False(body.GetProperty("warnings").GetProperty("incompleteResults").GetBoolean());
        Assert.Equal(3, body.GetProperty("sentenceRanges").GetArrayLength());
        var match = body.GetProperty("matches")[0];
        Assert.Equal(3, match.GetProperty("offset").GetInt32());
        Assert.Equal("机密★1年", match.GetProperty("text").GetString());
        Assert.Equal("critical", match.GetProperty("severity").GetString());
        Assert.Equal("SECRECY_MARKING", match.GetProperty("rule").GetProperty("id").GetString());
        Assert.Equal("SECRECY", match.GetProperty("rule").GetProperty("category").GetProperty("id").GetString());
        Assert.Equal("涉密标识", match.GetProperty("rule").GetProperty("category").GetProperty("name").GetString());
        Assert.Equal("secrecy", match.GetProperty("source").GetProperty("detector").GetString());
        Assert.Equal(JsonValueKind.Array, match.GetProperty("replacements").ValueKind);
    }

    [Fact]
    public async Task Check_of_a_clean_text_passes_without_a_data_id()
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text = "市政府办公室对全市政府网站进行了检查。" }))).ReadJsonAsync();

        Assert.Equal("pass", body.GetProperty("decision").GetProperty("suggestion").GetString());
        Assert.Equal("none", body.GetProperty("decision").GetProperty("riskLevel").GetString());
        Assert.Equal(0, body.GetProperty("matches").GetArrayLength());
        Assert.False(body.TryGetProperty("dataId", out _));
    }

    [Fact]
    public async Task Offsets_are_utf16_code_units_when_emoji_precede_the_finding()
    {
        const string text = "👍🏻🇨🇳好消息\n机密★1年\n正文";
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text }))).ReadJsonAsync();

        var match = body.GetProperty("matches")[0];
        var offset = match.GetProperty("offset").GetInt32();
        var length = match.GetProperty("length").GetInt32();
        Assert.Equal(text.IndexOf("机密", StringComparison.Ordinal), offset);
        Assert.Equal("机密★1年", text.Substring(offset, length));
    }

    [Fact]
    public async Task Html_input_gets_offsets_into_the_html_source()
    {
        const string html = "<html><body><h1>通知</h1>\n<p class=\"x\">机密★1年</p><p>正&nbsp;文</p></body></html>";
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text = html, format = "html" }))).ReadJsonAsync();

        var match = body.GetProperty("matches")[0];
        var offset = match.GetProperty("offset").GetInt32();
        Assert.Equal(html.IndexOf("机密", StringComparison.Ordinal), offset);
        Assert.Equal("机密★1年", html.Substring(offset, match.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Html_input_with_emoji_and_entities_gets_offsets_into_the_html_source()
    {
        const string html = "<p>😀&amp;👨‍👩‍👧&nbsp;🇨🇳</p>\n<p><b>机密★1年</b></p>";
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text = html, format = "html" }))).ReadJsonAsync();

        var match = Assert.Single(body.GetProperty("matches").EnumerateArray());
        var offset = match.GetProperty("offset").GetInt32();
        Assert.Equal(html.IndexOf("机密", StringComparison.Ordinal), offset);
        Assert.Equal("机密★1年", html.Substring(offset, match.GetProperty("length").GetInt32()));
        Assert.Equal("机密★1年", match.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Disabled_categories_and_rules_and_the_allowlist_drop_findings()
    {
        const string text = "机密★1年\n内部资料\n正文";
        var all = await (await _client.PostAsync("/v1/check", Http.Json(new { text }))).ReadJsonAsync();
        var noRule = await (await _client.PostAsync("/v1/check", Http.Json(new { text, disabledRules = new[] { "SECRECY_MARKING" } }))).ReadJsonAsync();
        var noCategory = await (await _client.PostAsync("/v1/check", Http.Json(new { text, disabledCategories = new[] { "SECRECY" } }))).ReadJsonAsync();
        var onlyOther = await (await _client.PostAsync("/v1/check", Http.Json(new { text, enabledCategories = new[] { "TYPO" } }))).ReadJsonAsync();
        var allowed = await (await _client.PostAsync("/v1/check", Http.Json(new { text, allowlist = new[] { "内部资料" } }))).ReadJsonAsync();

        Assert.Equal(2, all.GetProperty("matches").GetArrayLength());
        Assert.Equal("SECRECY_INTERNAL", Assert.Single(noRule.GetProperty("matches").EnumerateArray()).GetProperty("rule").GetProperty("id").GetString());
        Assert.Equal(0, noCategory.GetProperty("matches").GetArrayLength());
        Assert.Equal(0, onlyOther.GetProperty("matches").GetArrayLength());
        Assert.Equal("SECRECY_MARKING", Assert.Single(allowed.GetProperty("matches").EnumerateArray()).GetProperty("rule").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_lexicon_hit_seen_through_evasion_is_dropped_by_the_request_allowlist()
    {
        // 出售冰毒 is a critical entry of the shipped lexicons/sensitive-drugs.lex.tsv.
        const string text = "本店出售冰*毒。";
        var hit = await (await _client.PostAsync("/v1/check", Http.Json(new { text }))).ReadJsonAsync();
        var match = hit.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("rule").GetProperty("category").GetProperty("id").GetString() == "SENSITIVE");
        Assert.Equal("出售冰*毒", match.GetProperty("text").GetString());
        Assert.Equal(2, match.GetProperty("offset").GetInt32());
        var allowed = await (await _client.PostAsync("/v1/check", Http.Json(new { text, allowlist = new[] { "本店出售冰毒" } }))).ReadJsonAsync();
        Assert.DoesNotContain(allowed.GetProperty("matches").EnumerateArray(), m => m.GetProperty("rule").GetProperty("category").GetProperty("id").GetString() == "SENSITIVE");
    }

    [Fact]
    public async Task Rules_lists_every_category_and_rule_with_its_default_severity()
    {
        var body = await (await _client.GetAsync("/v1/rules")).ReadJsonAsync();

        var categories = body.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(Category.All.Select(c => c.Id), categories);
        var rules = body.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(ApiFactory.Engine.Rules.Select(r => r.Id).Order(StringComparer.Ordinal), rules.Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var marking = rules.Single(r => r.GetProperty("id").GetString() == "SECRECY_MARKING");
        Assert.Equal("critical", marking.GetProperty("defaultSeverity").GetString());
        Assert.Equal("SECRECY", marking.GetProperty("category").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(marking.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Info_reports_versions_and_limits()
    {
        var body = await (await _client.GetAsync("/v1/info")).ReadJsonAsync();

        Assert.Equal(ContentChecker.EngineVersion, body.GetProperty("software").GetProperty("version").GetString());
        Assert.Equal(100_000, body.GetProperty("limits").GetProperty("maxTextLength").GetInt32());
        Assert.True(body.GetProperty("limits").GetProperty("rateLimit").GetProperty("permitLimit").GetInt32() > 0);
        Assert.Equal("utf16", body.GetProperty("offsetUnit").GetString());
        Assert.False(body.GetProperty("apiKeyRequired").GetBoolean());
        Assert.Contains("secrecy", body.GetProperty("detectors").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Root_serves_the_page()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType()?.MediaType);
        Assert.Contains("ContentGuard", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
