using System.Net;
using System.Text;
using ContentGuard.Detection;

namespace ContentGuard.Api.Tests;

public sealed class ErrorTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{\"text\": 42}")]
    [InlineData("[\"text\"]")]
    public async Task Malformed_json_is_400_with_a_detail(string json)
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(json))).AssertProblemAsync(400);

        Assert.Contains("JSON", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[\"text\"]")]
    [InlineData("\"正文\"")]
    [InlineData("42")]
    public async Task A_well_formed_body_that_is_not_an_object_is_400_saying_so(string json)
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(json))).AssertProblemAsync(400);

        var detail = body.GetProperty("detail").GetString()!;
        Assert.Contains("must be a JSON object", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("not well-formed", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_400_saying_so()
    {
        // {"text":"机密"} encoded as GBK, as a CMS on a Chinese Windows server may send it.
        byte[] gbk = [.. "{\"text\":\""u8, 0xBB, 0xFA, 0xC3, 0xDC, .. "\"}"u8];
        using var content = new ByteArrayContent(gbk);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var body = await (await _client.PostAsync("/v1/check", content)).AssertProblemAsync(400);

        var detail = body.GetProperty("detail").GetString()!;
        Assert.Contains("UTF-8", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong type", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "required")]
    [InlineData("{\"text\": null}", "required")]
    [InlineData("{\"text\": \"\"}", "empty")]
    [InlineData("null", "JSON object")]
    public async Task Missing_or_empty_text_is_400(string json, string expected)
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(json))).AssertProblemAsync(400);

        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_category_is_400_naming_the_valid_ids()
    {
        var response = await _client.PostAsync("/v1/check", Http.Json(new { text = "正文", disabledCategories = new[] { "POLITICS" } }));

        var body = await response.AssertProblemAsync(400);
        var detail = body.GetProperty("detail").GetString()!;
        Assert.Contains("POLITICS", detail, StringComparison.Ordinal);
        Assert.Contains("LEADER_NAME", detail, StringComparison.Ordinal);
        Assert.Contains("SECRECY", body.GetProperty("validCategories").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Unknown_rule_is_400_naming_the_valid_ids()
    {
        var response = await _client.PostAsync("/v1/check", Http.Json(new { text = "正文", disabledRules = new[] { "NO_SUCH_RULE" } }));

        var body = await response.AssertProblemAsync(400);
        Assert.Contains("NO_SUCH_RULE", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("SECRECY_MARKING", body.GetProperty("validRules").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("{\"text\": \"正文\", \"disabledRules\": [null]}")]
    [InlineData("{\"text\": \"正文\", \"enabledCategories\": [\"\"]}")]
    [InlineData("{\"text\": \"正文\", \"allowlist\": [\" \"]}")]
    public async Task Null_or_empty_list_entries_are_400(string json)
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(json))).AssertProblemAsync(400);

        Assert.Contains("null or empty", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_or_too_long_allowlist_terms_are_400()
    {
        var tooMany = Enumerable.Range(0, 1_001).Select(i => "词" + i).ToArray();
        var tooLong = new[] { new string('词', 101) };
        foreach (var allowlist in new[] { tooMany, tooLong })
        {
            var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text = "正文", allowlist }))).AssertProblemAsync(400);
            Assert.Contains("at most 1000 terms of at most 100 characters", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var atLimit = Enumerable.Range(0, 1_000).Select(i => "词" + i).Append(new string('词', 100)).Skip(1).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/v1/check", Http.Json(new { text = "正文", allowlist = atLimit }))).StatusCode);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("27/11/2026")]
    [InlineData("yesterday")]
    public async Task Invalid_document_date_is_400(string date)
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text = "正文", documentDate = date }))).AssertProblemAsync(400);

        Assert.Contains("yyyy-MM-dd", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_format_is_400()
    {
        await (await _client.PostAsync("/v1/check", Http.Json(new { text = "正文", format = "docx" }))).AssertProblemAsync(400);
    }

    [Fact]
    public async Task Text_over_the_default_limit_is_413()
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text = new string('文', 100_001) }))).AssertProblemAsync(413);

        Assert.Contains("100000", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_limit_is_configurable()
    {
        using var small = new ApiFactory(new() { ["ContentGuard:MaxTextLength"] = "10" });
        var client = small.CreateClient();

        await (await client.PostAsync("/v1/check", Http.Json(new { text = "一二三四五六七八九十十" }))).AssertProblemAsync(413);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/check", Http.Json(new { text = "一二三四五六七八九十" }))).StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task Another_media_type_is_415(string mediaType)
    {
        var content = new StringContent("text=正文", Encoding.UTF8, mediaType);

        await (await _client.PostAsync("/v1/check", content)).AssertProblemAsync(415);
    }

    [Theory]
    [InlineData("/v1/check/file", "file\"; filename=\"a.txt")]
    [InlineData("/v2/check", "text")]
    public async Task A_truncated_multipart_body_is_400(string path, string field)
    {
        // The closing boundary never comes (an upload cut off): the form reader throws IOException.
        var body = $"--abc\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nzh-CN\r\n--abc\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n正文";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");

        var problem = await (await _client.PostAsync(path, content)).AssertProblemAsync(400);

        Assert.Contains("multipart", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/check/file")]
    [InlineData("/v2/check")]
    public async Task A_multipart_body_without_a_boundary_is_400(string path)
    {
        using var content = new StringContent("text=正文&language=zh-CN", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data");

        var problem = await (await _client.PostAsync(path, content)).AssertProblemAsync(400);

        Assert.Contains("boundary", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_over_the_field_count_limit_is_413()
    {
        var fields = Enumerable.Range(0, 1_100).Select(i => ($"f{i}", "x")).Append(("language", "zh-CN")).Append(("text", "正文")).ToArray();

        await (await _client.PostAsync("/v2/check", Http.Form(fields))).AssertProblemAsync(413);
    }

    [Fact]
    public async Task Json_to_the_languagetool_endpoint_is_415()
    {
        await (await _client.PostAsync("/v2/check", Http.Json(new { text = "正文", language = "zh-CN" }))).AssertProblemAsync(415);
    }

    [Fact]
    public async Task Unknown_paths_and_methods_get_problem_details()
    {
        await (await _client.GetAsync("/v1/nothing")).AssertProblemAsync(404);
        await (await _client.GetAsync("/v1/check")).AssertProblemAsync(405);
    }

    [Fact]
    public async Task An_unexpected_exception_is_500_with_a_trace_id_and_nothing_leaked()
    {
        var engine = new ContentCheckerBuilder().UseDefaults().AddDetector(new ThrowingDetector()).Build();
        using var failing = new ApiFactory([], engine);

        var response = await failing.CreateClient().PostAsync("/v1/check", Http.Json(new { text = "正文" }));

        var body = await response.AssertProblemAsync(500);
        var raw = body.GetRawText();
        Assert.DoesNotContain(ThrowingDetector.Secret, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowingDetector", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", raw, StringComparison.Ordinal);
        Assert.Contains(body.GetProperty("traceId").GetString()!, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    internal sealed class ThrowingDetector : IDetector
    {
        public const string Secret = "connection string Password=hunter2";

        public string Name => "throwing";

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [new("TEST_THROWS", "test", Category.Typo, Severity.Minor)];

        public void Detect(DetectionContext context, FindingSink sink) => throw new InvalidOperationException(Secret);
    }
}
