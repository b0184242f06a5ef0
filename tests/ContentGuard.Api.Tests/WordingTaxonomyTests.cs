namespace ContentGuard.Api.Tests;

/// <summary>
/// The taxonomy examples of the serious-wording issue through POST /v1/check: category, span and replacement.
/// </summary>
public sealed class WordingTaxonomyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("习近评总书记指出。", "LEADER_NAME", "critical", "习近评", "习近平")]
    [InlineData("习近乎同志强调。", "LEADER_NAME", "critical", "习近乎", "习近平")]
    [InlineData("温家室总理考察灾区。", "LEADER_NAME", "critical", "温家室", "温家宝")]
    [InlineData("要深入开展扫黑险恶专项斗争。", "FORMULATION", "critical", "扫黑险恶", "扫黑除恶")]
    [InlineData("全国人大常委会委员长习近平出席会议。", "LEADER_TITLE", "critical", "全国人大常委会委员长习近平", "全国人大常委会委员长赵乐际")]
    [InlineData("中央军委主席、中共中央总书记、国家主席习近平发表讲话。", "LEADER_TITLE", "critical", "中央军委主席、中共中央总书记、国家主席", "中共中央总书记、国家主席、中央军委主席")]
    [InlineData("国务院总理李克强主持会议。", "LEADER_TITLE", "major", "国务院总理", "时任国务院总理")]
    [InlineData("坚定“三个自信”。", "FORMULATION", "critical", "三个自信", "四个自信")]
    [InlineData("增强五个意识。", "FORMULATION", "critical", "五个意识", "四个意识")]
    [InlineData("深刻领悟三个确立的决定性意义。", "FORMULATION", "critical", "三个确立", "两个确立")]
    [InlineData("坚定“四个自信”，即道路自信、理论自信、制度自信。", "FORMULATION", "critical", "道路自信、理论自信、制度自信", "道路自信、理论自信、制度自信、文化自信")]
    [InlineData("协调推进“四个全面”总体布局。", "FORMULATION", "critical", "总体布局", "战略布局")]
    [InlineData("来自美国、日本、台湾等国家的客商。", "SOVEREIGNTY", "critical", "等国家", "等国家和地区")]
    [InlineData("中华民国113年", "SOVEREIGNTY", "critical", "中华民国113年", "2024年")]
    [InlineData("堅定“三個自信”。", "FORMULATION", "critical", "三個自信", "四个自信")]
    [InlineData("北朝鲜代表团来访。", "BANNED_TERM", "major", "北朝鲜", "朝鲜")]
    [InlineData("台湾总统出席活动。", "SOVEREIGNTY", "critical", "台湾总统", "台湾地区领导人")]
    [InlineData("中华民国总统发表讲话。", "SOVEREIGNTY", "critical", "中华民国总统", "台湾地区领导人")]
    [InlineData("台湾政府宣布。", "SOVEREIGNTY", "critical", "台湾政府", "台湾当局")]
    [InlineData("促进中港交流。", "SOVEREIGNTY", "critical", "中港", "内地与香港")]
    [InlineData("两岸三地的合作。", "SOVEREIGNTY", "critical", "两岸三地", "海峡两岸和香港")]
    [InlineData("大陆与香港的往来。", "SOVEREIGNTY", "major", "大陆与香港", "内地与香港")]
    [InlineData("推进一带一路战略。", "BANNED_TERM", "major", "一带一路战略", "一带一路倡议")]
    [InlineData("全国人大副委员长出席。", "LEADER_TITLE", "critical", "全国人大副委员长", "全国人大常委会副委员长")]
    [InlineData("要关心残废人。", "BANNED_TERM", "major", "残废人", "残疾人")]
    [InlineData("来自美国、新加坡、香港等国家的代表。", "SOVEREIGNTY", "critical", "等国家", "等国家和地区")]
    [InlineData("1950年，中华民国政府迁台。", "SOVEREIGNTY", "critical", "中华民国政府", "台湾当局")]
    public async Task A_taxonomy_example_gives_its_category_and_replacement(string text, string category, string severity, string span, string replacement)
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text, documentDate = "2026-11-27" }))).ReadJsonAsync();
        var match = body.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("rule").GetProperty("category").GetProperty("id").GetString() == category);
        Assert.Equal(severity, match.GetProperty("severity").GetString());
        Assert.Equal(span, match.GetProperty("text").GetString());
        Assert.Equal(span, text.Substring(match.GetProperty("offset").GetInt32(), match.GetProperty("length").GetInt32()));
        Assert.Contains(match.GetProperty("replacements").EnumerateArray(), r => r.GetProperty("value").GetString() == replacement);
    }

    [Theory]
    [InlineData("学习近期文件精神。")]
    [InlineData("小李强调要注意安全。")]
    [InlineData("2016年，时任国务院总理李克强出席会议。")]
    [InlineData("中华民国时期（1912—1949年）的档案。")]
    [InlineData("坚定“四个自信”，增强\"四个意识\"。")]
    public async Task Correct_text_passes(string text)
    {
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text, documentDate = "2026-11-27" }))).ReadJsonAsync();
        Assert.Equal("pass", body.GetProperty("decision").GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task An_error_inside_html_is_reported_at_its_source_offset()
    {
        const string html = "<p>坚定<b>“三个自信”</b>。</p>";
        var body = await (await _client.PostAsync("/v1/check", Http.Json(new { text = html, format = "html", documentDate = "2026-11-27" }))).ReadJsonAsync();
        var match = body.GetProperty("matches")[0];
        Assert.Equal("三个自信", html.Substring(match.GetProperty("offset").GetInt32(), match.GetProperty("length").GetInt32()));
        Assert.Equal("四个自信", match.GetProperty("replacements")[0].GetProperty("value").GetString());
    }
}
