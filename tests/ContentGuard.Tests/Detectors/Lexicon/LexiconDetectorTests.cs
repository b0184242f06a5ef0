using System.Text;
using ContentGuard.Data;

namespace ContentGuard.Tests.Detectors.Lexicon;

public sealed class LexiconDetectorTests
{
    private static ContentChecker Engine => LexiconFixtures.Default.Value;

    private static IReadOnlyList<Finding> Find(string text, CheckOptions? options = null) =>
        [.. Engine.Check(text, options).Matches.Where(m => m.Source.Detector == "lexicon")];

    [Theory]
    [InlineData("他在网上赌博输光了钱。", "赌博", 4)]
    [InlineData("他在网上赌*博输光了钱。", "赌*博", 4)]
    [InlineData("他进入色 情 网 站了。", "色 情 网 站", 3)]
    [InlineData("有人出售冰.毒吗", "出售冰.毒", 2)]
    [InlineData("有人卖冰＊毒吗", "冰＊毒", 3)]
    [InlineData("有人卖冰·毒吗", "冰·毒", 3)]
    [InlineData("他在网上賭博。", "賭博", 4)]
    [InlineData("他在网上赌赌赌博。", "赌赌赌博", 4)]
    [InlineData("远离du品。", "du品", 2)]
    [InlineData("网上赌bo。", "赌bo", 2)]
    [InlineData("不要看ＡＶ。", "ＡＶ", 3)]
    [InlineData("他在网上赌🎲博。", "赌🎲博", 4)]
    public void Hits_keep_the_exact_original_span_through_evasion(string text, string found, int offset)
    {
        var f = Find(text).Single(m => m.Rule.Category == Category.Sensitive);
        Assert.Equal(found, f.Text);
        Assert.Equal(offset, f.Offset);
        Assert.Equal(text.Substring(f.Offset, f.Length), f.Text);
    }

    [Fact]
    public void Each_row_reports_its_own_category_rule_severity_and_replacement()
    {
        var result = Engine.Check("这是最佳方案。出售冰毒。台湾总统。请领导讲话。");
        var ad = Assert.Single(result.Matches, m => m.Rule.Category == Category.Advertising);
        Assert.Equal("最佳", ad.Text);
        Assert.Equal(Severity.Minor, ad.Severity);
        Assert.Equal("较好", ad.Replacements[0].Value);
        Assert.Equal("LEX_ADVERTISING", ad.Rule.Id);
        var drug = Assert.Single(result.Matches, m => m.Rule.Category == Category.Sensitive);
        Assert.Equal(("出售冰毒", Severity.Critical, "TEST_DRUGS"), (drug.Text, drug.Severity, drug.Rule.Id));
        Assert.Contains("涉毒内容", drug.Message, StringComparison.Ordinal);
        Assert.Single(result.Matches, m => m.Rule.Category == Category.Sovereignty && m.Text == "总统");
        Assert.Single(result.Matches, m => m.Rule.Category == Category.BannedTerm && m.Text == "领导");
        Assert.Equal(Suggestion.Block, result.Decision.Suggestion);
    }

    [Fact]
    public void Rules_and_data_versions_are_exposed()
    {
        var ids = Engine.Rules.Select(r => r.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "TEST_GAMBLING", "TEST_DRUGS", "LEX_SENSITIVE", "LEX_ADVERTISING", "TEST_SOVEREIGNTY", "LEX_BANNED_TERM" }, ids);
        Assert.Equal("test-1", Engine.Software.Data["test.lex.tsv"]);
        Assert.Equal("allow-test-1", Engine.Software.Data["test.allow.tsv"]);
        var disabled = Engine.Check("网上赌博", new CheckOptions { DisabledRules = ["TEST_GAMBLING"] });
        Assert.DoesNotContain(disabled.Matches, m => m.Rule.Id == "TEST_GAMBLING");
    }

    [Fact]
    public void Overlapping_and_nested_hits_are_all_reported_to_the_merger()
    {
        var detector = LexiconFixtures.Detector(LexiconFixtures.Table(LexiconFixtures.Terms, "t.lex.tsv"));
        var engine = new ContentCheckerBuilder().AddDetector(detector).Build();
        var f = Assert.Single(engine.Check("他参与网络赌博。").Matches);
        Assert.Equal(("网络赌博", Severity.Critical), (f.Text, f.Severity));
    }

    [Theory]
    [InlineData("我们赌。博物馆开门了。")]
    [InlineData("我们赌\n博物馆开门了。")]
    [InlineData("我们赌！博物馆开门了。")]
    public void A_hit_never_spans_a_sentence_end(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("两性交往要注意分寸。")]
    [InlineData("他妈妈来学校了。")]
    [InlineData("I have a dream.")]
    [InlineData("avenue")]
    public void A_short_term_inside_a_longer_ordinary_word_is_not_a_hit(string text) => Assert.Empty(Find(text));

    [Fact]
    public void The_segmentation_alone_rejects_a_short_term_cutting_across_words()
    {
        var engine = LexiconFixtures.Engine(allow: false);
        Assert.DoesNotContain(engine.Check("两性交往要注意分寸。").Matches, m => m.Text == "性交");
    }

    [Fact]
    public void A_short_term_that_stands_alone_is_a_hit()
    {
        Assert.Contains(Find("他妈的，真烦。"), m => m.Text == "他妈");
        Assert.Contains(Find("不要看av。"), m => m.Text == "av");
    }

    [Fact]
    public void An_allow_list_entry_containing_the_term_overrides_it()
    {
        var without = LexiconFixtures.Engine(allow: false);
        Assert.Contains(without.Check("开展打击色情网站专项行动。").Matches, m => m.Text == "色情网站");
        Assert.Empty(Find("开展打击色情网站专项行动。"));
        Assert.Empty(Find("开展打击色*情网站专项行动。"));
        Assert.Empty(Find("他妈妈来学校了。"));
        Assert.Single(Find("开展打击色情网站专项行动。他进入色情网站。"));
    }

    [Fact]
    public void An_entry_allow_column_unflags_only_that_entry()
    {
        Assert.Empty(Find("美国总统访华。"));
        Assert.Single(Find("台湾总统。"));
    }

    [Fact]
    public void Per_request_allow_list_agrees_with_the_allow_file()
    {
        const string text = "本站不含赌博游戏，也不含赌*博游戏。";
        Assert.Equal(2, Find(text).Count);
        var viaRequest = Find(text, new CheckOptions { Allowlist = ["赌博游戏"] });
        var file = LexiconFixtures.Table("term\n赌博游戏\n", "user.allow.tsv");
        var engine = new ContentCheckerBuilder().AddDetector(LexiconFixtures.Detector(LexiconFixtures.Table(LexiconFixtures.Terms, "t.lex.tsv"), file)).Build();
        var viaFile = engine.Check(text).Matches;
        Assert.Empty(viaRequest);
        Assert.Empty(viaFile);
        Assert.Single(Find("网上赌博游戏和赌博", new CheckOptions { Allowlist = ["赌博游戏"] }));
    }

    [Fact]
    public void A_context_cue_lowers_a_sensitive_hit_instead_of_blocking()
    {
        var lowered = Find("禁毒宣传中介绍冰毒的危害。").Single();
        Assert.Equal(("冰毒", Severity.Minor), (lowered.Text, lowered.Severity));
        Assert.Equal(Severity.Major, Find("介绍冰毒的危害。").Single().Severity);
        Assert.Equal(Severity.Major, Find("我们开展禁毒工作。他在卖冰毒。").Single(m => m.Text == "冰毒").Severity);
    }

    [Fact]
    public void Ordinary_prose_has_no_hits() =>
        Assert.Empty(Find("各级政府要依法行政，加强监督管理，提高服务质量。博物馆开放时间为每周二至周日。"));

    [Fact]
    public void Malformed_lexicons_name_the_file_and_line()
    {
        var bad = LexiconFixtures.Table("term\tcategory\tseverity\n赌博\tNOPE\tmajor\n", "bad.lex.tsv");
        var e = Assert.Throws<FormatException>(() => LexiconFixtures.Detector(bad));
        Assert.Contains("bad.lex.tsv:2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_65000_term_reference_list_loads_from_a_stream()
    {
        var sb = new StringBuilder("# version: ref-65k\nterm\tcategory\tseverity\trule\n");
        var random = new Random(65000);
        var terms = new HashSet<string>();
        while (terms.Count < 65_000)
        {
            var length = random.Next(3, 7);
            terms.Add(new string([.. Enumerable.Range(0, length).Select(_ => (char)('\u4E00' + random.Next(0, 20_000)))]));
        }

        foreach (var t in terms)
        {
            sb.Append(t).Append("\tSENSITIVE\tmajor\tREF_65K\n");
        }

        using var stream = LexiconFixtures.Stream(sb.ToString());
        var engine = new ContentCheckerBuilder().UseDefaults().AddLexicon(stream, "reference.lex.tsv").Build();
        var some = terms.Take(3).ToArray();
        var text = $"第一句{some[0]}。第二句{some[1][0]}*{some[1][1..]}。第三句{some[2]}";
        var hits = engine.Check(text).Matches.Where(m => m.Rule.Id == "REF_65K").Select(m => m.Text).ToList();
        Assert.Contains(some[0], hits);
        Assert.Contains($"{some[1][0]}*{some[1][1..]}", hits);
        Assert.Contains(some[2], hits);
        Assert.Equal("ref-65k", engine.Software.Data["reference.lex.tsv"]);
    }

    [Fact]
    public void The_default_engine_runs_the_lexicon_detector_over_the_embedded_lexicon_files_only()
    {
        Assert.Contains("lexicon", TestEngine.Default.DetectorNames);
        Assert.True(ContentGuard.Lexicon.CompiledLexicon.IsLexiconResource("lexicons/sensitive-drugs.lex.tsv"));
        Assert.True(ContentGuard.Lexicon.CompiledLexicon.IsLexiconResource("lexicons/default.allow.tsv"));
        Assert.True(ContentGuard.Lexicon.CompiledLexicon.IsLexiconResource("lexicons/context.tsv"));
        Assert.False(ContentGuard.Lexicon.CompiledLexicon.IsLexiconResource("lexicons/unihan/pinyin.tsv"));
        Assert.False(ContentGuard.Lexicon.CompiledLexicon.IsLexiconResource("lexicons/leaders.tsv"));
    }

    [Fact]
    public void A_user_allow_list_file_added_to_the_builder_unflags_hits()
    {
        using var terms = LexiconFixtures.Stream("term\tcategory\tseverity\trule\n甲乙丙丁\tSENSITIVE\tmajor\tTEST_UNIQUE\n");
        using var allow = LexiconFixtures.Stream("term\n甲乙丙丁戊\n");
        var engine = new ContentCheckerBuilder().UseDefaults().AddLexicon(terms, "t.lex.tsv").AddLexicon(allow, "user.allow.tsv").Build();
        Assert.DoesNotContain(engine.Check("他写了甲乙丙丁戊。").Matches, m => m.Rule.Id == "TEST_UNIQUE");
        Assert.Contains(engine.Check("他写了甲乙丙丁。").Matches, m => m.Rule.Id == "TEST_UNIQUE");
    }
}
