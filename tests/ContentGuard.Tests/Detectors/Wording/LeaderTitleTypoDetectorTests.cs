namespace ContentGuard.Tests.Detectors.Wording;

public sealed class LeaderTitleTypoDetectorTests
{
    private static IReadOnlyList<Finding> Typos(string text, TextFormat format = TextFormat.Text) =>
        [.. Wording.Check(text, format: format).Where(f => f.Rule.Id == "LEADER_TITLE_TYPO")];

    [Theory]
    [InlineData("习近平总书纪出席会议并发表重要讲话。", "总书纪", "总书记", "同音")]
    [InlineData("李强总里主持召开国务院常务会议。", "总里", "总理", "同音")]
    [InlineData("赵乐际委员常出席开幕会。", "委员常", "委员长", "同音")]
    [InlineData("国家主度习近平签署主席令。", "国家主度", "国家主席", "形近")]
    [InlineData("中共中央总书纪、国家主席、中央军委主席习近平指出。", "中共中央总书纪", "中共中央总书记", "同音")]
    [InlineData("王沪宁主度出席全国政协会议。", "主度", "主席", "形近")]
    [InlineData("国务除总理李强主持会议。", "国务除总理", "国务院总理", "形近")]
    public void A_mistyped_title_beside_a_leaders_name_is_critical_with_the_right_title(string text, string wrong, string right, string how)
    {
        var f = Assert.Single(Typos(text));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
        Assert.Equal([right], f.Replacements.Select(r => r.Value));
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains(how, f.Message, StringComparison.Ordinal);
        Assert.Contains($"应为“{right}”", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_typo_replaces_the_minor_typo_finding_on_the_same_span()
    {
        var result = TestEngine.Default.Check("习近平总书纪出席会议。", new CheckOptions { DocumentDate = Wording.Today });
        var f = Assert.Single(result.Matches);
        Assert.Equal("LEADER_TITLE_TYPO", f.Rule.Id);
        Assert.Equal(Suggestion.Block, result.Decision.Suggestion);
    }

    [Theory]
    [InlineData("习近平总书记出席会议并发表重要讲话。")]
    [InlineData("习近平出席会议并发表重要讲话。")]
    [InlineData("李强主持召开国务院常务会议。")]
    [InlineData("习近平主张构建人类命运共同体。")]
    [InlineData("中共中央总书记、国家主席、中央军委主席习近平指出。")]
    [InlineData("国家主席习近平签署主席令。")]
    [InlineData("小李强调要注意安全。")]
    [InlineData("赵乐际委员长出席开幕会。")]
    [InlineData("李强总理主持会议。")]
    [InlineData("总书纪律严明。")]
    public void Correct_titles_and_ordinary_words_after_a_name_are_not_flagged(string text) => Assert.Empty(Typos(text));

    [Fact]
    public void A_title_the_person_never_held_is_not_corrected_into_one()
    {
        // 李强 was never 总书记: 总书纪 beside him is not turned into a title he did not hold.
        Assert.Empty(Typos("李强总书纪出席会议。"));
    }

    [Theory]
    [InlineData("習近平總書紀出席會議。", "總書紀")]
    [InlineData("习近平总*书*纪出席会议。", "总*书*纪")]
    [InlineData("习近平 总书纪出席会议。", "总书纪")]
    public void Traditional_characters_and_inserted_symbols_are_seen_through(string text, string wrong)
    {
        var f = Assert.Single(Typos(text));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
        Assert.Equal(["总书记"], f.Replacements.Select(r => r.Value));
    }

    [Fact]
    public void A_title_inside_html_is_found_at_its_offset_in_the_source()
    {
        const string html = "<p>李强<b>总里</b>主持会议</p>";
        var f = Assert.Single(Typos(html, TextFormat.Html));
        Assert.Equal("总里", html.Substring(f.Offset, f.Length));
    }
}
