using ContentGuard.Detectors.Offensive;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Tests.Detectors.Offensive;

public sealed class OffensiveDetectorTests
{
    private const string Offensive = "那个地方的人素质低下，全是垃圾。";

    // Scored well inside (0, 1) by the shipped model (0.71), so thresholds can be set on either side of it.
    private const string Moderate = "那个地方的人素质不太行。";
    private static readonly Normalizer Normalizer = new(CharData.TraditionalToSimplified);

    private static List<Finding> Offensives(ContentChecker checker, string text, TextFormat format = TextFormat.Text) =>
        [.. checker.Check(text, new CheckOptions { Format = format }).Matches.Where(m => m.Rule.Category == Category.Offensive)];

    private static ContentChecker With(OffensiveModel model) => new ContentCheckerBuilder().AddDetector(new OffensiveDetector(model)).Build();

    [Fact]
    public void Default_engine_flags_a_regional_attack_as_one_sentence_finding()
    {
        var f = Assert.Single(Offensives(TestEngine.Default, Offensive));
        Assert.Equal("OFFENSIVE_LANGUAGE", f.Rule.Id);
        Assert.Equal(0, f.Offset);
        Assert.Equal(Offensive.Length, f.Length);
        Assert.Equal("offensive", f.Source.Detector);
        Assert.InRange(f.Source.Confidence, OffensiveModel.Embedded.Info.Threshold, 1.0);
        Assert.Contains("攻击、歧视或侮辱性言论", f.Message, StringComparison.Ordinal);
        Assert.Equal("不当言论", f.ShortMessage);
    }

    [Theory]
    [InlineData("国家依法打击毒品违法犯罪活动。")]
    [InlineData("禁止以任何形式组织赌博活动，公安机关应当依法查处电信网络诈骗行为。")]
    [InlineData("市政府办公室对全市政府网站进行了全覆盖检查。")]
    [InlineData("各地群众要互相尊重、团结友爱。")]
    public void Default_engine_passes_official_prose_with_crime_words(string text)
    {
        Assert.Empty(Offensives(TestEngine.Default, text));
    }

    [Theory]
    [InlineData("主要任务是：")]
    [InlineData("这是因为，")]
    [InlineData("主要原因，")]
    [InlineData("具体来说，")]
    [InlineData("总的来看，")]
    [InlineData("<table><tr><td>主要任务是：</td><td>具体来说，</td></tr></table>")]
    public void Default_engine_passes_short_official_lines(string text)
    {
        // Headings, list items and table cells are scored as lines of their own (the NB-LR model trained without
        // official clauses gave these 0.67–0.77: critical).
        Assert.Empty(Offensives(TestEngine.Default, text, text.StartsWith('<') ? TextFormat.Html : TextFormat.Text));
    }

    [Fact]
    public void Finding_spans_exactly_the_offending_sentence_among_clean_ones()
    {
        var clean1 = "会议将于明天上午九点在市政府召开。";
        var clean2 = "\n请各单位按时参加。";
        var text = clean1 + Offensive + clean2;
        var result = TestEngine.Default.Check(text);
        var f = Assert.Single(result.Matches, m => m.Rule.Category == Category.Offensive);
        Assert.Equal(clean1.Length, f.Offset);
        Assert.Equal(Offensive.Length, f.Length);
        Assert.Equal(Offensive, f.Text);
        Assert.Equal(Offensive, f.Sentence);
        Assert.Contains(new TextRange(f.Offset, f.Offset + f.Length), result.SentenceRanges);
    }

    [Fact]
    public void Offsets_map_back_through_full_width_traditional_and_html()
    {
        var html = "<p>ＡＢＣ通知。</p><p>那個地方的人素質低下，全是垃圾。</p>";
        var f = Assert.Single(Offensives(TestEngine.Default, html, TextFormat.Html));
        Assert.Equal(html.IndexOf("那個", StringComparison.Ordinal), f.Offset);
        Assert.Equal("那個地方的人素質低下，全是垃圾。", f.Text);
    }

    [Fact]
    public void Inserted_noise_symbols_do_not_hide_the_sentence()
    {
        Assert.Single(Offensives(TestEngine.Default, "那个地方的人素质低下，全*是*垃*圾。"));
    }

    [Theory]
    [InlineData("那*个*地*方*的*人*素*质*低*下，全*是*垃*圾。")]
    [InlineData("那/个·地-方_的~人|素#质.低下，全 是 垃 圾。")]
    public void Symbols_between_every_character_do_not_hide_the_sentence(string text)
    {
        var f = Assert.Single(Offensives(TestEngine.Default, text));
        Assert.Equal(0, f.Offset);
        Assert.Equal(text.Length, f.Length);
        // The same score as without the symbols (the model before noise stripping flagged the second text too, at 0.58
        // against 0.99 clean: a finding alone does not show that the symbols were read through).
        Assert.Equal(Assert.Single(Offensives(TestEngine.Default, Offensive)).Source.Confidence, f.Source.Confidence, 4);
    }

    [Fact]
    public void The_engines_noise_setting_does_not_change_what_the_model_reads()
    {
        // The model was trained with the default noise characters; an engine that marks other ones (here not '.',
        // but the comma) must still give it the same input.
        var custom = new ContentCheckerBuilder().UseDefaults().UseNoiseCharacters("*，").Build();
        const string text = "那个地方的人素质低下，全.是.垃.圾。";
        var expected = Assert.Single(Offensives(TestEngine.Default, text)).Source.Confidence;
        Assert.Equal(expected, Assert.Single(Offensives(custom, text)).Source.Confidence, 5);
        Assert.Equal(Assert.Single(Offensives(TestEngine.Default, Offensive)).Source.Confidence, expected, 4);
    }

    [Fact]
    public void Each_offending_sentence_gets_its_own_finding()
    {
        var text = Offensive + "今天天气很好。" + "这种男人又蠢又恶心，活该没人要！";
        var findings = Offensives(TestEngine.Default, text);
        Assert.Equal(2, findings.Count);
        Assert.Equal(0, findings[0].Offset);
        Assert.Equal(text.IndexOf("这种男人", StringComparison.Ordinal), findings[1].Offset);
    }

    [Fact]
    public void Severity_is_major_between_the_thresholds_and_critical_at_the_high_threshold()
    {
        var model = OffensiveModel.Embedded;
        var p = model.ScoreText(Moderate, Normalizer, Segmenter.Shared);
        Assert.True(p > 0.05 && p < 0.99, $"probability {p}");
        var eps = Math.Min(0.0004, (1 - p) / 2);

        var major = Assert.Single(Offensives(With(model.WithInfo(model.Info with { Threshold = p - 0.02, CriticalThreshold = p + eps })), Moderate));
        Assert.Equal(Severity.Major, major.Severity);
        Assert.Equal(p, major.Source.Confidence, 1e-6);

        var critical = Assert.Single(Offensives(With(model.WithInfo(model.Info with { Threshold = p - 0.02, CriticalThreshold = p - eps })), Moderate));
        Assert.Equal(Severity.Critical, critical.Severity);
        Assert.Contains("不得发布", critical.Message, StringComparison.Ordinal);

        Assert.Empty(Offensives(With(model.WithInfo(model.Info with { Threshold = p + eps, CriticalThreshold = 1 })), Moderate));
    }

    [Fact]
    public void A_critical_finding_blocks_and_a_major_one_asks_for_review()
    {
        var model = OffensiveModel.Embedded;
        var p = model.ScoreText(Offensive, Normalizer, Segmenter.Shared);
        var review = With(model.WithInfo(model.Info with { Threshold = p - 0.02, CriticalThreshold = 1 })).Check(Offensive);
        Assert.Equal(Suggestion.Review, review.Decision.Suggestion);
        var block = With(model.WithInfo(model.Info with { Threshold = p - 0.02, CriticalThreshold = p - 0.01 })).Check(Offensive);
        Assert.Equal(Suggestion.Block, block.Decision.Suggestion);
    }

    [Fact]
    public void Context_unit_scores_a_sentence_with_its_paragraph_as_eval_does()
    {
        var model = OffensiveModel.Embedded;
        const string clean = "今天天气很好。";
        var text = Offensive + clean;
        var p = model.Score(OffensiveFeatures.FromRaw(Offensive, Normalizer, Segmenter.Shared, model.Info.StripNoise));
        var pClean = model.Score(OffensiveFeatures.FromRaw(clean, Normalizer, Segmenter.Shared, model.Info.StripNoise));
        var paragraph = model.Score(OffensiveFeatures.FromRaw(text, Normalizer, Segmenter.Shared, model.Info.StripNoise));
        var w = (float)model.Info.ContextWeight;
        var s = Math.Max(p, (w * p) + ((1 - w) * paragraph));
        Assert.True(pClean < p, $"clean {pClean}, offensive {p}");
        var context = model.WithInfo(model.Info with
        {
            Unit = OffensiveModelInfo.ContextUnit, ContextChars = 100, Threshold = Math.Max(pClean, s - 0.001) + 1e-6, CriticalThreshold = 1,
        });

        var f = Assert.Single(Offensives(With(context), text));
        Assert.Equal(0, f.Offset);
        Assert.Equal(Offensive.Length, f.Length);
        Assert.Equal(s, f.Source.Confidence, 1e-5);
        Assert.Equal(s, context.ScoreText(text, Normalizer, Segmenter.Shared), 1e-5);
    }

    [Fact]
    public void Context_unit_treats_each_html_block_as_its_own_paragraph()
    {
        var model = OffensiveModel.Embedded;
        var context = model.WithInfo(model.Info with { Unit = OffensiveModelInfo.ContextUnit, ContextChars = 100, CriticalThreshold = 1 });
        var p = model.Score(OffensiveFeatures.FromRaw(Offensive, Normalizer, Segmenter.Shared, model.Info.StripNoise));
        var html = "<p>会议将于明天上午九点在市政府召开。</p><p>" + Offensive + "</p>";
        var f = Assert.Single(Offensives(With(context.WithInfo(context.Info with { Threshold = p - 0.01 })), html, TextFormat.Html));
        Assert.Equal(html.IndexOf(Offensive, StringComparison.Ordinal), f.Offset);
        Assert.Equal(p, f.Source.Confidence, 1e-5);
    }

    [Fact]
    public void Very_short_sentences_are_not_scored()
    {
        var checker = With(OffensiveModel.Load(FixtureModel.FlagAllPath));
        var text = "滚！好。会议将于明天召开。";
        var f = Assert.Single(Offensives(checker, text));
        Assert.Equal(text.IndexOf("会议", StringComparison.Ordinal), f.Offset);
        Assert.Equal(Severity.Major, f.Severity);
    }

    [Fact]
    public void UseModel_loads_the_model_from_the_given_path()
    {
        const string text = "会议将于明天上午九点在市政府召开。";
        Assert.Empty(Offensives(TestEngine.Default, text));
        var checker = new ContentCheckerBuilder().UseDefaults().UseModel(FixtureModel.FlagAllPath).Build();
        Assert.Single(Offensives(checker, text));
    }

    [Fact]
    public void UseModel_with_a_missing_file_fails_at_build()
    {
        Assert.Throws<FileNotFoundException>(() => new ContentCheckerBuilder().UseDefaults().UseModel("/no/such/offensive.zip").Build());
    }

    [Fact]
    public void Concurrent_checks_report_the_same_findings()
    {
        var texts = new[] { Offensive + "今天天气很好。", "会议将于明天召开。", "你这个废物，脑子被狗吃了吧！孩子们在操场上踢足球。" };
        var expected = texts.Select(t => Offensives(TestEngine.Default, t).Select(f => (f.Offset, f.Length, f.Source.Confidence)).ToList()).ToArray();
        var results = new List<(int, int, double)>[texts.Length * 40];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 12 }, i =>
            results[i] = [.. Offensives(TestEngine.Default, texts[i % texts.Length]).Select(f => (f.Offset, f.Length, f.Source.Confidence))]);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }
}
