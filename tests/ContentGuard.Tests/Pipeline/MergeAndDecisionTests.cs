using ContentGuard.Tests.Detectors;
using ContentGuard.Detection;

namespace ContentGuard.Tests.Pipeline;

public sealed class MergeAndDecisionTests
{
    [Fact]
    public void Overlapping_findings_keep_the_more_severe_then_the_longer()
    {
        var checker = new ContentCheckerBuilder()
            .AddDetector(new TermDetector("冰毒", Severity.Major, name: "short"))
            .AddDetector(new TermDetector("出售冰毒", Severity.Major, name: "long"))
            .AddDetector(new TermDetector("售冰", Severity.Critical, name: "severe"))
            .Build();
        var result = checker.Check("网上出售冰毒。另有冰毒案例。");
        Assert.Equal(["售冰", "冰毒"], result.Matches.Select(m => m.Text));
        Assert.Equal("severe", result.Matches[0].Source.Detector);
    }

    [Fact]
    public void Longer_wins_among_equal_severity()
    {
        var checker = new ContentCheckerBuilder()
            .AddDetector(new TermDetector("冰毒", Severity.Major, name: "short"))
            .AddDetector(new TermDetector("出售冰毒", Severity.Major, name: "long"))
            .Build();
        Assert.Equal("出售冰毒", Assert.Single(checker.Check("出售冰毒").Matches).Text);
    }

    [Fact]
    public void More_specific_category_wins_a_tie()
    {
        var checker = new ContentCheckerBuilder()
            .AddDetector(new TermDetector("习近评", Severity.Critical, Category.Typo, "typo"))
            .AddDetector(new TermDetector("习近评", Severity.Critical, Category.LeaderName, "leader"))
            .Build();
        Assert.Equal("LEADER_NAME", Assert.Single(checker.Check("习近评").Matches).Rule.Category.Id);
    }

    [Theory]
    [InlineData(new Severity[0], Suggestion.Pass, RiskLevel.None)]
    [InlineData(new[] { Severity.Minor }, Suggestion.Pass, RiskLevel.Low)]
    [InlineData(new[] { Severity.Minor, Severity.Major }, Suggestion.Review, RiskLevel.Medium)]
    [InlineData(new[] { Severity.Major, Severity.Critical, Severity.Minor }, Suggestion.Block, RiskLevel.High)]
    public void Decision_follows_the_worst_severity(Severity[] severities, Suggestion suggestion, RiskLevel risk)
    {
        var builder = new ContentCheckerBuilder();
        var text = string.Empty;
        for (var i = 0; i < severities.Length; i++)
        {
            var term = "词" + (char)('甲' + i);
            builder.AddDetector(new TermDetector(term, severities[i], name: "d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            text += term + "。";
        }

        var result = builder.Build().Check(text);
        Assert.Equal(new Decision(suggestion, risk), result.Decision);
    }

    [Fact]
    public void Allowlisted_spans_are_dropped()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector("他妈")).Build();
        var result = checker.Check("他妈妈来了。他妈的。", new CheckOptions { Allowlist = ["他妈妈"] });
        Assert.Equal(6, Assert.Single(result.Matches).Offset);
    }

    [Theory]
    [InlineData("他*妈*妈来了。他妈的。")]
    [InlineData("他 妈妈来了。他妈的。")]
    [InlineData("他媽媽来了。他妈的。")]
    public void Allowlisted_terms_are_seen_through_noise_and_traditional_characters(string text)
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector("他妈")).Build();
        var match = Assert.Single(checker.Check(text, new CheckOptions { Allowlist = ["他妈妈"] }).Matches);
        Assert.Equal("他妈", match.Text);
    }

    [Theory]
    [InlineData("他妈的。", "他。妈", "他妈")]
    [InlineData("吉野家", "𠮷野家", "野家")]
    [InlineData("c语言", "C++", "c")]
    [InlineData("他妈的。", "***", "他妈")]
    public void Allowlisted_terms_with_symbols_are_matched_exactly_not_loosened(string text, string term, string flagged)
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector(flagged)).Build();
        Assert.Single(checker.Check(text, new CheckOptions { Allowlist = [term] }).Matches);
    }

    [Theory]
    [InlineData("学习C++语言", "C++", "c++")]
    [InlineData("𠮷野家的牛肉饭", "𠮷野家", "野家")]
    [InlineData("New York Times", "new york", "york")]
    public void Allowlisted_terms_with_symbols_still_cover_their_exact_occurrences(string text, string term, string flagged)
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector(flagged)).Build();
        Assert.Empty(checker.Check(text, new CheckOptions { Allowlist = [term] }).Matches);
    }

    [Fact]
    public void Equivalent_allowlist_terms_are_searched_once_and_agree()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector("他妈")).Build();
        var many = Enumerable.Range(0, 50).Select(k => "他妈妈" + new string(' ', k % 3)).Append("他媽媽").ToArray();
        var match = Assert.Single(checker.Check("他*妈妈来了。他妈的。", new CheckOptions { Allowlist = many }).Matches);
        Assert.Equal(7, match.Offset);
    }

    [Fact]
    public void A_finding_only_partly_inside_an_allowlisted_span_is_kept()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector("妈来")).Build();
        Assert.Single(checker.Check("他妈妈来了。", new CheckOptions { Allowlist = ["他妈妈"] }).Matches);
    }

    [Fact]
    public void Disabled_categories_and_rules_are_not_reported()
    {
        var detector = new TermDetector("赌博");
        var checker = new ContentCheckerBuilder().AddDetector(detector).Build();
        Assert.Empty(checker.Check("赌博", new CheckOptions { DisabledCategories = ["SENSITIVE"] }).Matches);
        Assert.Empty(checker.Check("赌博", new CheckOptions { DisabledRules = [detector.Rule.Id] }).Matches);
        Assert.Empty(checker.Check("赌博", new CheckOptions { EnabledCategories = ["TYPO"] }).Matches);
        Assert.Single(checker.Check("赌博", new CheckOptions { EnabledCategories = ["SENSITIVE"] }).Matches);
    }

    [Fact]
    public void Unknown_category_or_rule_ids_are_rejected_with_the_valid_ones()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector("赌博")).Build();
        var e = Assert.Throws<ArgumentException>(() => checker.Check("x", new CheckOptions { DisabledCategories = ["NOPE"] }));
        Assert.Contains("LEADER_NAME", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => checker.Check("x", new CheckOptions { DisabledRules = ["NOPE"] }));
    }

    [Fact]
    public void An_exhausted_time_budget_returns_what_was_found_and_says_so()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector("赌博")).Build();
        var result = checker.Check("赌博", new CheckOptions { TimeBudget = TimeSpan.Zero });
        Assert.True(result.Warnings.IncompleteResults);
    }

    [Fact]
    public void An_incomplete_check_is_never_a_pass()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TermDetector("赌博")).Build();
        var result = checker.Check("正文。", new CheckOptions { TimeBudget = TimeSpan.Zero });
        Assert.Empty(result.Matches);
        Assert.Equal(Suggestion.Review, result.Decision.Suggestion);
        Assert.Equal(Suggestion.Pass, checker.Check("正文。").Decision.Suggestion);
    }

    [Fact]
    public void A_pattern_timeout_in_a_detector_is_an_incomplete_result_not_an_error()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TimingOutDetector()).AddDetector(new TermDetector("赌博")).Build();
        var result = checker.Check("赌博。");
        Assert.True(result.Warnings.IncompleteResults);
        Assert.Contains(result.Warnings.Messages, m => m.Contains("timed out", StringComparison.Ordinal));
        Assert.Single(result.Matches);
    }

    private sealed class TimingOutDetector : IDetector
    {
        public string Name => "times-out";

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [new("TEST_TIMEOUT", "test", Category.Typo, Severity.Minor)];

        public void Detect(DetectionContext context, FindingSink sink) =>
            throw new System.Text.RegularExpressions.RegexMatchTimeoutException("x", "y", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Data_id_is_echoed_and_offset_unit_is_utf16()
    {
        var result = TestEngine.Default.Check("正文。", new CheckOptions { DataId = "doc-7" });
        Assert.Equal("doc-7", result.DataId);
        Assert.Equal("utf16", result.OffsetUnit);
    }
}
