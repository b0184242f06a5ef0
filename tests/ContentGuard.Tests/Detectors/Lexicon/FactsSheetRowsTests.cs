namespace ContentGuard.Tests.Detectors.Lexicon;

/// <summary>
/// Lexicon rows added from the FACTS-wording.md coverage audit (tools/eval/facts-coverage.py): the quoted forms
/// 台湾“总统选举” (sov.tw-election-q), 中华民国“总统”/“副总统” (sov.roc-*-q), 台湾的“法律” (sov.tw-law-q), 回族就是伊斯兰教
/// (ban.hui-is-islam) and the quoted citation “福摩萨” (sov.formosa allow).
/// </summary>
public sealed class FactsSheetRowsTests
{
    private static IReadOnlyList<Finding> Find(string text, string rulePrefix) =>
        [.. TestEngine.Default.Check(text).Matches.Where(m => m.Rule.Id.StartsWith(rulePrefix, StringComparison.Ordinal))];

    [Theory]
    [InlineData("台湾“总统选举”结果于当晚揭晓。", "台湾“总统选举”")]
    [InlineData("臺灣“總統選舉”結果於當晚揭曉。", "臺灣“總統選舉”")]
    [InlineData("台*湾“总 统 选 举”结果于当晚揭晓。", "台*湾“总 统 选 举”")]
    public void A_quoted_taiwan_presidential_election_is_critical_with_the_official_form(string text, string wrong)
    {
        var f = Assert.Single(Find(text, "sov.tw-election"));
        Assert.Equal("sov.tw-election-q", f.Rule.Id);
        Assert.Equal(wrong, f.Text);
        Assert.Equal("台湾地区领导人选举", f.Replacements[0].Value);
        Assert.Equal(Severity.Critical, f.Severity);
    }

    [Theory]
    [InlineData("台湾地区领导人选举结果于当晚揭晓。")]
    [InlineData("台湾大选结果于当晚揭晓。")]
    [InlineData("美国总统选举结果于当晚揭晓。")]
    public void The_official_forms_of_the_taiwan_election_pass(string text) => Assert.Empty(Find(text, "sov.tw-election"));

    [Theory]
    [InlineData("讲解员对游客说，回族就是伊斯兰教。", "回族就是伊斯兰教")]
    [InlineData("讲解员对游客说，回族就是伊斯蘭教。", "回族就是伊斯蘭教")]
    [InlineData("讲解员对游客说，回族*就是伊斯兰教。", "回族*就是伊斯兰教")]
    public void Calling_the_hui_people_a_religion_is_major(string text, string wrong)
    {
        var f = Assert.Single(Find(text, "ban.hui-is-islam"));
        Assert.Equal(wrong, f.Text);
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Empty(f.Replacements);
    }

    [Theory]
    [InlineData("有人误以为回族就是伊斯兰教，这是错误的。")]
    [InlineData("不能说回族就是伊斯兰教。")]
    [InlineData("回族群众信仰伊斯兰教。")]
    public void Correcting_the_conflation_or_stating_a_faith_passes(string text) => Assert.Empty(Find(text, "ban.hui-is-islam"));

    [Theory]
    [InlineData("十六世纪的西方航海者曾把台湾岛称为“福摩萨”。")]
    [InlineData("早期西方文献中的“福尔摩沙”即台湾岛。")]
    public void Formosa_cited_in_quotation_marks_passes(string text) => Assert.Empty(Find(text, "sov.formosa"));

    [Theory]
    [InlineData("福摩萨岛上风光秀丽。", "福摩萨")]
    [InlineData("福*摩*萨岛上风光秀丽。", "福*摩*萨")]
    [InlineData("“福摩萨岛”上风光秀丽。", "福摩萨")]
    public void Formosa_used_as_a_name_is_still_critical(string text, string wrong)
    {
        var f = Assert.Single(Find(text, "sov.formosa"));
        Assert.Equal(wrong, f.Text);
        Assert.Equal(Severity.Critical, f.Severity);
    }

    [Theory]
    [InlineData("报道称，中华民国“总统”当天发表了讲话。", "中华民国“总统”", "sov.roc-president-q", "台湾地区领导人")]
    [InlineData("报道称，中華民國“總統”当天发表了讲话。", "中華民國“總統”", "sov.roc-president-q", "台湾地区领导人")]
    [InlineData("报道称，所谓中华民国“总统”当天发表了讲话。", "中华民国“总统”", "sov.roc-president-q", "台湾地区领导人")]
    [InlineData("报道称，中华民国“副总统”当天出席了活动。", "中华民国“副总统”", "sov.roc-vice-president-q", "台湾地区副领导人")]
    [InlineData("报道称，中华·民国“副总统”当天出席了活动。", "中华·民国“副总统”", "sov.roc-vice-president-q", "台湾地区副领导人")]
    [InlineData("根据台湾的“法律”，该行为须受处罚。", "台湾的“法律”", "sov.tw-law-q", "台湾地区的有关规定")]
    [InlineData("根据臺灣的“法律”，该行为须受处罚。", "臺灣的“法律”", "sov.tw-law-q", "台湾地区的有关规定")]
    [InlineData("根据台 湾 的“法律”，该行为须受处罚。", "台 湾 的“法律”", "sov.tw-law-q", "台湾地区的有关规定")]
    public void A_banned_form_with_quotation_marks_is_still_critical(string text, string wrong, string rule, string right)
    {
        var f = Assert.Single(Find(text, rule));
        Assert.Equal(wrong, f.Text);
        Assert.Equal(right, f.Replacements[0].Value);
        Assert.Equal(Severity.Critical, f.Severity);
    }

    [Theory]
    [InlineData("报道称，台湾地区领导人当天发表了讲话。")]
    [InlineData("中华民国成立于1912年，孙中山任临时大总统。")]
    [InlineData("根据台湾地区的有关规定，该行为须受处罚。")]
    [InlineData("根据我国的“法律”定义，该行为须受处罚。")]
    public void Official_forms_and_unrelated_quotes_pass(string text)
    {
        Assert.Empty(Find(text, "sov.roc-"));
        Assert.Empty(Find(text, "sov.tw-law"));
    }
}
