namespace ContentGuard.Tests.Detectors.Wording;

public sealed class AnniversaryDetectorTests
{
    private static IReadOnlyList<Finding> Anniversaries(string text, DateOnly? date = null) =>
        [.. Wording.Check(text, date ?? new DateOnly(2026, 11, 27)).Where(f => f.Rule.Id == "FORMULATION_ANNIVERSARY")];

    [Theory]
    [InlineData("今年是新中国成立76周年。", "76", "77")]
    [InlineData("2026年是中国共产党成立104周年，是“十五五”规划开局之年。", "104", "105")]
    [InlineData("今年是中华人民共和国成立七十六周年。", "七十六", "七十七")]
    [InlineData("明年是中国共产党成立一百零五周年。", "一百零五", "一百零六")]
    [InlineData("去年是改革开放四十八周年。", "四十八", "四十七")]
    [InlineData("今年是新中国成立77周年、改革开放47周年。", "47", "48")]
    [InlineData("今年也是改革开放47周年。", "47", "48")]
    [InlineData("今年是新中国成立７６周年。", "７６", "７７")]
    public void A_miscounted_anniversary_of_the_year_named_is_flagged_with_the_right_count(string text, string wrong, string right)
    {
        var f = Assert.Single(Anniversaries(text));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
        Assert.Equal(right, Assert.Single(f.Replacements).Value);
        Assert.Equal(Severity.Major, f.Severity);
    }

    [Theory]
    [InlineData("今年是新中国成立77周年。")]
    [InlineData("2026年是中国共产党成立105周年。")]
    [InlineData("今年是中华人民共和国成立七十七周年、改革开放四十八周年。")]
    [InlineData("在庆祝新中国成立70周年大会上的讲话。")]
    [InlineData("今年是我们公司成立10周年。")]
    [InlineData("2025年是中国人民抗日战争暨世界反法西斯战争胜利80周年。")]
    [InlineData("今年是新中国成立77周年，去年是新中国成立76周年。")]
    public void Right_counts_past_celebrations_and_unknown_events_pass(string text) => Assert.Empty(Anniversaries(text));

    [Theory]
    [InlineData("今年是中华苏维埃共和国成立95周年。")]
    [InlineData("今年是越南民主共和国成立81周年，也是中越建交76周年。")]
    [InlineData("今年是越南共产党建党96周年。")]
    public void Another_state_or_party_ending_in_an_event_word_is_not_that_event(string text) => Assert.Empty(Anniversaries(text));

    [Theory]
    [InlineData("今年是纪念新中国成立76周年。", "76")]
    [InlineData("今年是伟大的中国共产党成立104周年。", "104")]
    [InlineData("2025年是中国人民抗日战争胜利79周年。", "79")]
    [InlineData("今年是中国人民抗战胜利80周年。", "80")]
    public void Linking_words_before_the_event_still_leave_it_checked(string text, string wrong)
    {
        var f = Assert.Single(Anniversaries(text));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
    }

    [Fact]
    public void This_year_is_read_from_the_document_date()
    {
        const string text = "今年是新中国成立70周年。";
        Assert.Empty(Anniversaries(text, new DateOnly(2019, 3, 5)));
        Assert.Single(Anniversaries(text, new DateOnly(2026, 11, 27)));
    }
}
