namespace ContentGuard.Tests.Detectors.Lexicon;

/// <summary>The shipped banned-term rows for wrong names of the autonomous regions (ban.region-name).</summary>
public sealed class RegionNameTests
{
    private static IReadOnlyList<Finding> Find(string text) =>
        [.. TestEngine.Default.Check(text).Matches.Where(m => m.Rule.Id == "ban.region-name")];

    [Theory]
    [InlineData("新疆维吾尔族自治区人民政府发布通知。", "新疆维吾尔族自治区", "新疆维吾尔自治区")]
    [InlineData("新疆维族自治区。", "新疆维族自治区", "新疆维吾尔自治区")]
    [InlineData("西藏藏族自治区成立60周年。", "西藏藏族自治区", "西藏自治区")]
    [InlineData("广西自治区党委。", "广西自治区", "广西壮族自治区")]
    [InlineData("寧夏自治區。", "寧夏自治區", "宁夏回族自治区")]
    public void A_wrong_autonomous_region_name_is_flagged_with_the_legal_name(string text, string wrong, string right)
    {
        var f = Assert.Single(Find(text));
        Assert.Equal(wrong, f.Text);
        Assert.Equal(right, f.Replacements[0].Value);
        Assert.Equal(Severity.Major, f.Severity);
    }

    [Fact]
    public void The_legal_names_pass() =>
        Assert.Empty(Find("内蒙古自治区、广西壮族自治区、西藏自治区、宁夏回族自治区、新疆维吾尔自治区。"));
}
