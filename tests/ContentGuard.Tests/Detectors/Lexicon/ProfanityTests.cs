namespace ContentGuard.Tests.Detectors.Lexicon;

/// <summary>The shipped profanity lexicon (lexicons/profanity.lex.tsv): bare curses the sentence classifier cannot score.</summary>
public sealed class ProfanityTests
{
    private static IReadOnlyList<Finding> Find(string text) =>
        [.. TestEngine.Default.Check(text).Matches.Where(m => m.Rule.Id == "OFF_PROFANITY")];

    [Theory]
    [InlineData("傻逼。", "傻逼", Severity.Critical)]
    [InlineData("操你妈", "操你妈", Severity.Critical)]
    [InlineData("王八蛋", "王八蛋", Severity.Major)]
    [InlineData("傻*逼", "傻*逼", Severity.Critical)]
    public void A_bare_curse_is_flagged_even_when_disguised(string text, string found, Severity severity)
    {
        var f = Assert.Single(Find(text));
        Assert.Equal(found, f.Text);
        Assert.Equal(severity, f.Severity);
        Assert.Equal(Category.Offensive, f.Rule.Category);
    }

    [Theory]
    [InlineData("其他妈妈的意见也很重要。")]
    [InlineData("他妈妈的生日在下周。")]
    [InlineData("依法严厉打击违法犯罪活动。")]
    [InlineData("过生日你妈妈会来吗？")]
    [InlineData("节日你妈妈做了什么好吃的？")]
    [InlineData("每日你妈都要锻炼身体吗？")]
    public void Ordinary_words_containing_the_characters_pass(string text) => Assert.Empty(Find(text));

    [Fact]
    public void A_curse_in_traditional_characters_is_flagged() => Assert.Single(Find("他媽的，真煩。"));
}
