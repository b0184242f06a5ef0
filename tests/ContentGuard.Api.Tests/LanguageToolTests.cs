using System.Net;
using System.Text.Json;
using ContentGuard.Api.Endpoints;

namespace ContentGuard.Api.Tests;

public sealed class LanguageToolTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_form_encoded_check_answers_in_languagetool_schema()
    {
        const string text = "各单位：\n机密★1年\n现将有关事项通知如下。";
        var response = await _client.PostAsync("/v2/check", Http.Form(("text", text), ("language", "zh-CN")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(1, body.GetProperty("software").GetProperty("apiVersion").GetInt32());
        Assert.Equal("zh-CN", body.GetProperty("language").GetProperty("code").GetString());
        Assert.Equal("zh-CN", body.GetProperty("language").GetProperty("detectedLanguage").GetProperty("code").GetString());
        Assert.False(body.GetProperty("warnings").GetProperty("incompleteResults").GetBoolean());
        var match = Assert.Single(body.GetProperty("matches").EnumerateArray());
        Assert.Equal(text.IndexOf("机密", StringComparison.Ordinal), match.GetProperty("offset").GetInt32());
        Assert.Equal(5, match.GetProperty("length").GetInt32());
        Assert.False(string.IsNullOrEmpty(match.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(match.GetProperty("shortMessage").GetString()));
        Assert.Equal(JsonValueKind.Array, match.GetProperty("replacements").ValueKind);
        Assert.Equal("机密★1年", match.GetProperty("sentence").GetString());
        var context = match.GetProperty("context");
        var contextText = context.GetProperty("text").GetString()!;
        Assert.Equal("机密★1年", contextText.Substring(context.GetProperty("offset").GetInt32(), context.GetProperty("length").GetInt32()));
        Assert.DoesNotContain('\n', contextText);
        var rule = match.GetProperty("rule");
        Assert.Equal("SECRECY_MARKING", rule.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("description").GetString()));
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("issueType").GetString()));
        Assert.Equal("SECRECY", rule.GetProperty("category").GetProperty("id").GetString());
        Assert.Equal("涉密标识", rule.GetProperty("category").GetProperty("name").GetString());
        Assert.Equal("Other", match.GetProperty("type").GetProperty("typeName").GetString());
    }

    [Fact]
    public async Task Languagetool_offsets_are_utf16_units_after_emoji()
    {
        const string text = "🎉🎉👍🏻通知\n机密★1年";

        var body = await (await _client.PostAsync("/v2/check", Http.Form(("text", text), ("language", "auto")))).ReadJsonAsync();

        var match = Assert.Single(body.GetProperty("matches").EnumerateArray());
        Assert.Equal(text.IndexOf("机密", StringComparison.Ordinal), match.GetProperty("offset").GetInt32());
        var context = match.GetProperty("context");
        Assert.Equal("机密★1年", context.GetProperty("text").GetString()!.Substring(context.GetProperty("offset").GetInt32(), 5));
    }

    [Fact]
    public async Task A_multipart_form_is_accepted_too()
    {
        using var form = new MultipartFormDataContent { { new StringContent("机密★1年\n正文"), "text" }, { new StringContent("auto"), "language" } };

        var body = await (await _client.PostAsync("/v2/check", form)).ReadJsonAsync();

        Assert.Equal(1, body.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Data_annotation_offsets_point_into_text_and_markup_together()
    {
        var data = JsonSerializer.Serialize(new
        {
            annotation = new object[]
            {
                new { markup = "<h1 class=\"title\">" },
                new { text = "通知" },
                new { markup = "</h1><p>", interpretAs = "\n\n" },
                new { text = "机密★1年" },
                new { markup = "</p>" },
            },
        });

        var body = await (await _client.PostAsync("/v2/check", Http.Form(("data", data), ("language", "zh-CN")))).ReadJsonAsync();

        var match = Assert.Single(body.GetProperty("matches").EnumerateArray());
        var source = "<h1 class=\"title\">通知</h1><p>机密★1年</p>";
        Assert.Equal(source.IndexOf("机密", StringComparison.Ordinal), match.GetProperty("offset").GetInt32());
        Assert.Equal(5, match.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Markup_without_interpretAs_is_not_checked()
    {
        var data = "{\"annotation\":[{\"markup\":\"<!-- 机密★1年 -->\"},{\"text\":\"正文\"}]}";

        var body = await (await _client.PostAsync("/v2/check", Http.Form(("data", data), ("language", "zh-CN")))).ReadJsonAsync();

        Assert.Equal(0, body.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Annotated_text_with_a_lone_surrogate_escape_is_checked()
    {
        // A LanguageTool client builds "data" with JSON.stringify, which escapes an emoji cut in half as \ud83d.
        const string data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"\\ud83d习近评同志\"}]}";

        var response = await _client.PostAsync("/v2/check", Http.Form(("data", data), ("language", "zh-CN")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = Assert.Single((await response.ReadJsonAsync()).GetProperty("matches").EnumerateArray());
        Assert.Equal(4, match.GetProperty("offset").GetInt32());
        Assert.Equal(3, match.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Disabled_rules_and_categories_apply()
    {
        const string text = "机密★1年\n内部资料";
        var noRule = await (await _client.PostAsync("/v2/check", Http.Form(("text", text), ("language", "zh-CN"), ("disabledRules", "SECRECY_MARKING")))).ReadJsonAsync();
        var noCategory = await (await _client.PostAsync("/v2/check", Http.Form(("text", text), ("language", "zh-CN"), ("disabledCategories", "SECRECY")))).ReadJsonAsync();
        var only = await (await _client.PostAsync("/v2/check", Http.Form(("text", text), ("language", "zh-CN"), ("enabledRules", "SECRECY_INTERNAL"), ("enabledOnly", "true")))).ReadJsonAsync();

        Assert.Equal("SECRECY_INTERNAL", Assert.Single(noRule.GetProperty("matches").EnumerateArray()).GetProperty("rule").GetProperty("id").GetString());
        Assert.Equal(0, noCategory.GetProperty("matches").GetArrayLength());
        Assert.Equal("SECRECY_INTERNAL", Assert.Single(only.GetProperty("matches").EnumerateArray()).GetProperty("rule").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("language", "en-US", "Chinese")]
    [InlineData("data", "{\"annotation\": 5}", "annotation")]
    [InlineData("data", "{\"annotation\":[{\"text\":\"a\",\"markup\":\"b\"}]}", "exactly one")]
    public async Task Bad_fields_are_400(string field, string value, string expected)
    {
        var fields = new List<(string, string)> { ("language", "zh-CN") };
        if (field != "data")
        {
            fields.Add(("text", "正文"));
        }

        fields.RemoveAll(f => f.Item1 == field);
        fields.Add((field, value));

        var body = await (await _client.PostAsync("/v2/check", Http.Form([.. fields]))).AssertProblemAsync(400);

        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disabledRules", "WHITESPACE_RULE")]
    [InlineData("disabledCategories", "TYPOS")]
    [InlineData("disabledRules", "MORFOLOGIK_RULE_EN_US,SECRECY_INTERNAL")]
    public async Task LanguageTool_ids_this_engine_does_not_know_are_ignored_like_languagetool_does(string field, string value)
    {
        const string text = "内部资料，注意保存。";
        var body = await (await _client.PostAsync("/v2/check", Http.Form(("text", text), ("language", "zh-CN"), (field, value)))).ReadJsonAsync();
        var expected = value.Contains("SECRECY_INTERNAL", StringComparison.Ordinal) ? 0 : 1;
        Assert.Equal(expected, body.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Enabled_only_with_unknown_ids_finds_nothing()
    {
        var body = await (await _client.PostAsync("/v2/check", Http.Form(("text", "内部资料，注意保存。"), ("language", "zh-CN"), ("enabledRules", "WHITESPACE_RULE"), ("enabledOnly", "true")))).ReadJsonAsync();
        Assert.Equal(0, body.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Missing_text_and_language_are_400()
    {
        await (await _client.PostAsync("/v2/check", Http.Form(("language", "zh-CN")))).AssertProblemAsync(400);
        await (await _client.PostAsync("/v2/check", Http.Form(("text", "正文")))).AssertProblemAsync(400);
    }

    [Fact]
    public async Task Languages_lists_chinese()
    {
        var body = await (await _client.GetAsync("/v2/languages")).ReadJsonAsync();

        var language = Assert.Single(body.EnumerateArray());
        Assert.Equal("zh", language.GetProperty("code").GetString());
        Assert.Equal("zh-CN", language.GetProperty("longCode").GetString());
        Assert.Equal("Chinese", language.GetProperty("name").GetString());
    }

    [Fact]
    public void Context_is_cut_at_40_chars_with_ellipses_and_never_splits_a_surrogate_pair()
    {
        // The 40-char window would start on the low half of the first emoji and end on the high half of the last one.
        var source = "😀" + new string('前', 39) + "机密" + new string('后', 39) + "😀" + "尾";

        var context = LanguageToolEndpoints.Context(source, source.IndexOf("机密", StringComparison.Ordinal), 2);

        Assert.StartsWith("...", context.Text, StringComparison.Ordinal);
        Assert.EndsWith("...", context.Text, StringComparison.Ordinal);
        Assert.Equal("机密", context.Text.Substring(context.Offset, context.Length));
        Assert.Equal("..." + new string('前', 39) + "机密" + new string('后', 39) + "...", context.Text);
    }
}
