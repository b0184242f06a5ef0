namespace ContentGuard.Tests.Detectors.Wording;

public sealed class SessionNameDetectorTests
{
    private static IReadOnlyList<Finding> Sessions(string text) =>
        [.. Wording.Check(text).Where(f => f.Rule.Id == "FORMULATION_SESSION")];

    [Theory]
    [InlineData("中国共产党第二十届全国代表大会胜利召开。", "中国共产党第二十届全国代表大会", "中国共产党第二十次全国代表大会")]
    [InlineData("党的二十次三中全会审议通过了决定。", "二十次三中全会", "二十届三中全会")]
    [InlineData("第十四次全国人民代表大会第三次会议。", "第十四次全国人民代表大会", "第十四届全国人民代表大会")]
    [InlineData("十四次全国人大三次会议开幕。", "十四次全国人大", "十四届全国人大")]
    [InlineData("党的十九次中央委员会。", "党的十九次中央委员会", "党的十九届中央委员会")]
    [InlineData("黨的二十次三中全會。", "二十次三中全會", "二十届三中全会")]
    public void Sessions_with_ji_and_ci_swapped_are_critical_with_the_right_name(string text, string wrong, string right)
    {
        var f = Assert.Single(Sessions(text));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
        Assert.Equal(right, Assert.Single(f.Replacements).Value);
        Assert.Equal(Severity.Critical, f.Severity);
    }

    [Theory]
    [InlineData("中国共产党第二十次全国代表大会胜利召开。")]
    [InlineData("党的二十届三中全会审议通过了决定。")]
    [InlineData("第十四届全国人民代表大会第三次会议。")]
    [InlineData("十四届全国人大三次会议开幕。")]
    [InlineData("一九五八年五月，中共第八届全国代表大会第二次会议召开。")]
    [InlineData("这次全国人大会议审议了政府工作报告。")]
    [InlineData("中国妇女第十三次全国代表大会。")]
    [InlineData("十四届全国人大常委会第十次会议。")]
    public void Right_names_and_the_historic_eighth_congress_session_pass(string text) => Assert.Empty(Sessions(text));

    [Theory]
    [InlineData("改革开放以来，每一次三中全会都作出了重要部署。")]
    [InlineData("党的十一届三中全会是伟大转折，又一次三中全会召开了。")]
    [InlineData("他先后列席了12次全国人大常委会会议。")]
    [InlineData("参加过十二次全国人大会议。")]
    public void Counts_of_meetings_are_not_names(string text) => Assert.Empty(Sessions(text));

    [Fact]
    public void A_standing_committee_session_under_a_wrong_name_is_still_flagged() =>
        Assert.Equal("十三届全国人大", Assert.Single(Assert.Single(Sessions("十三次全国人大常委会第十次会议。")).Replacements).Value);
}
