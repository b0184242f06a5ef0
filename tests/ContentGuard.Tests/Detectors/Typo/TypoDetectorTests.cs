using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class TypoDetectorTests
{
    private static readonly CheckOptions TypoOnly = new() { EnabledCategories = ["TYPO"] };

    private static IReadOnlyList<Finding> Typos(string text, CheckOptions? options = null) =>
        [.. TestEngine.Default.Check(text, options ?? TypoOnly).Matches.Where(m => m.Rule.Category == Category.Typo)];

    [Theory]
    [InlineData("面对困难，他一愁莫展。", "一愁莫展", "一筹莫展")]
    [InlineData("我军出奇不意地发起进攻。", "出奇不意", "出其不意")]
    [InlineData("这部影片令人震憾。", "震憾", "震撼")]
    [InlineData("要防止纪律松驰。", "松驰", "松弛")]
    [InlineData("严禁焚烧秸杆。", "秸杆", "秸秆")]
    [InlineData("既使遇到困难，也要按期完成。", "既使", "即使")]
    [InlineData("各单位要再接再励，争取更大成绩。", "再接再励", "再接再厉")]
    [InlineData("这件事他做的很好。", "做的很好", "做得很好")]
    [InlineData("请尽快部暑落实。", "部暑", "部署")]
    [InlineData("各地要做好发展龟划。", "龟划", "规划")]
    public void Curated_typos_are_reported_with_the_correct_form_first(string text, string wrong, string right)
    {
        var f = Assert.Single(Typos(text));
        Assert.Equal(wrong, f.Text);
        Assert.Equal(right, f.Replacements[0].Value);
        Assert.Equal(TypoDetector.CuratedRule.Id, f.Rule.Id);
        Assert.Equal(Severity.Minor, f.Severity);
        Assert.Contains(right, f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("成立疫情防控领导小姐，统一指挥。", "领导小姐", "领导小组")]
    [InlineData("他们在平凡岗位上精液奉献。", "精液奉献", "敬业奉献")]
    [InlineData("我们高呼祖国万死！", "祖国万死", "祖国万岁")]
    [InlineData("全体党员要忘记使命，勇于担当。", "忘记使命", "牢记使命")]
    public void Typos_that_insult_are_critical_and_block(string text, string wrong, string right)
    {
        var result = TestEngine.Default.Check(text, TypoOnly);
        var f = Assert.Single(result.Matches);
        Assert.Equal(wrong, f.Text);
        Assert.Equal(right, f.Replacements[0].Value);
        Assert.Equal(TypoDetector.InsultingRule.Id, f.Rule.Id);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(Suggestion.Block, result.Decision.Suggestion);
    }

    [Theory]
    [InlineData("我们决不能忘记使命，要牢记初心。")]
    [InlineData("要做好预防犯罪工作。")]
    [InlineData("他树立了自觉的守法意识。")]
    [InlineData("市政府召开常务会议，研究部署下一阶段工作。")]
    [InlineData("请于本月底前将材料报送至市政府办公室。")]
    [InlineData("各地要因地制宜，认真贯彻落实党中央决策部署。")]
    [InlineData("加快发展新质生产力，推动高质量发展。")]
    [InlineData("全面加强党的领导，坚持以人民为中心的发展思想。")]
    [InlineData("依法保障公民的合法权益，维护社会公平正义。")]
    [InlineData("出质人和质权人应当以书面形式订立质权合同。")] // legal vocabulary, attested by the statute counts (质权 is no 职权)
    public void Correct_official_text_is_not_flagged(string text) => Assert.Empty(Typos(text));

    [Theory]
    [InlineData("请各单位按时参加会仪。", "会仪", "会议")]
    [InlineData("全面提高干部队伍素值。", "素值", "素质")]
    [InlineData("大家深受鼓午。", "鼓午", "鼓舞")]
    public void Sound_alike_typos_are_found_by_the_confusion_scorer(string text, string wrong, string right)
    {
        var f = Assert.Single(Typos(text));
        Assert.Equal(wrong, f.Text);
        Assert.Equal(right, f.Replacements[0].Value);
        Assert.Equal(TypoDetector.ConfusionRule.Id, f.Rule.Id);
    }

    [Fact]
    public void Names_numbers_and_latin_text_are_never_corrected()
    {
        Assert.Empty(Typos("张爱文在北京市海淀区工作，电话13800138000，邮箱abc@example.com。"));
        Assert.Empty(Typos("会议由王晓明主持，李建国出席。"));
    }

    [Fact]
    public void Allow_listed_words_are_not_corrected()
    {
        Assert.NotEmpty(Typos("这部影片令人震憾。"));
        Assert.Empty(Typos("这部影片令人震憾。", TypoOnly with { Allowlist = ["震憾"] }));
        Assert.Empty(Typos("请各单位按时参加会仪。", TypoOnly with { Allowlist = ["会仪"] }));
        Assert.Empty(Typos("请各单位按时参加会仪。", TypoOnly with { Allowlist = ["會儀"] }));
    }

    [Fact]
    public void A_typo_inside_a_longer_word_is_reported_on_its_own_span()
    {
        var f = Assert.Single(Typos("一部令人震憾人心的作品"));
        Assert.Equal("震憾", f.Text);
        Assert.Equal(4, f.Offset);
    }

    [Fact]
    public void Traditional_characters_are_seen_through_and_the_original_span_is_reported()
    {
        var f = Assert.Single(Typos("要防止紀律鬆馳。"));
        Assert.Equal("鬆馳", f.Text);
        Assert.Equal("松弛", f.Replacements[0].Value);
    }

    [Fact]
    public void Symbols_inserted_into_an_insulting_typo_do_not_hide_it()
    {
        var f = Assert.Single(Typos("成立领导*小姐。"));
        Assert.Equal("领导*小姐", f.Text);
        Assert.Equal(Severity.Critical, f.Severity);
    }

    [Fact]
    public void Disabling_the_category_silences_the_detector()
    {
        var result = TestEngine.Default.Check("这部影片令人震憾。", new CheckOptions { DisabledCategories = ["TYPO"] });
        Assert.DoesNotContain(result.Matches, m => m.Rule.Category == Category.Typo);
    }

    [Fact]
    public void The_rules_are_in_the_catalogue()
    {
        var ids = TestEngine.Default.Rules.Select(r => r.Id).ToHashSet();
        Assert.Contains("TYPO_CURATED", ids);
        Assert.Contains("TYPO_CONFUSION", ids);
        Assert.Contains("TYPO_INSULTING", ids);
    }

    [Fact]
    public void The_gain_threshold_still_decides_without_a_learned_scorer()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TypoDetector(TypoSettings.Default with { Scorer = null })).Build();
        var f = Assert.Single(checker.Check("请各单位按时参加会仪。").Matches);
        Assert.Equal("会议", f.Replacements[0].Value);
    }

    [Fact]
    public void A_learned_scorer_threshold_out_of_reach_reports_no_confusion()
    {
        var strict = TypoSettings.Default with { Scorer = LearnedScorer.Embedded!.WithThreshold(1000) };
        var checker = new ContentCheckerBuilder().AddDetector(new TypoDetector(strict)).Build();
        Assert.Empty(checker.Check("请各单位按时参加会仪。").Matches);
    }

    [Fact]
    public void The_collector_receives_the_right_candidate_with_its_features()
    {
        var seen = new List<(int I, int S, int Len, char X, CandidateFeatures F)>();
        var detector = new TypoDetector(TypoSettings.Default with { Curated = false, Scorer = null }) { Collector = (i, s, len, x, f) => seen.Add((i, s, len, x, f)) };
        new ContentCheckerBuilder().AddDetector(detector).Build().Check("请各单位按时参加会仪。");
        var right = Assert.Single(seen, c => c.I == 9 && c.X == '议');
        Assert.Equal((8, 2), (right.S, right.Len));
        Assert.True(right.F.Gain > 0);
        Assert.Equal(1, right.F.SoundAlike);
    }
}
