namespace ContentGuard.Tests.Detectors.Lexicon;

/// <summary>Shipped rows tagged context-only fire only with the context their rule finds (lexicons/FORMAT.md).</summary>
public sealed class ContextOnlyRulesTests
{
    private static IReadOnlyList<Finding> Lexicon(string text) =>
        [.. TestEngine.Default.Check(text).Matches.Where(m => m.Source.Detector == "lexicon")];

    [Theory]
    [InlineData("中澳贸易额持续增长。")]
    [InlineData("推动中澳合作，访问堪培拉和澳门。")]
    [InlineData("区内港口吞吐量增长。")]
    [InlineData("中国共产党第二十次全国代表大会在北京隆重召开。")]
    [InlineData("罪犯在监狱接受改造。")]
    [InlineData("解放前，这里十分贫穷。")]
    public void A_context_only_row_without_its_context_does_not_fire(string text) =>
        Assert.DoesNotContain(Lexicon(text), f => f.Rule.Category == Category.Sovereignty || f.Rule.Category == Category.BannedTerm);

    [Theory]
    [InlineData("中澳合作促进澳门经济适度多元发展。", "中澳", "内地与澳门")]
    [InlineData("内港合作不断深化。", "内港", "内地与香港")]
    public void A_context_only_row_with_its_context_fires(string text, string term, string replacement)
    {
        var f = Assert.Single(Lexicon(text), m => m.Rule.Category == Category.Sovereignty);
        Assert.Equal(term, f.Text);
        Assert.Equal(replacement, f.Replacements[0].Value);
    }

    [Fact]
    public void Grand_opening_of_an_ordinary_meeting_is_a_minor_hint()
    {
        var f = Assert.Single(Lexicon("公司年会隆重召开。"), m => m.Rule.Id == "ban.grand-opening");
        Assert.Equal(Severity.Minor, f.Severity);
        Assert.Equal("召开", f.Replacements[0].Value);
    }
}
