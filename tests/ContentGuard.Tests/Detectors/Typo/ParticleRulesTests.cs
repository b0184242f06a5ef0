using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class ParticleRulesTests
{
    private static readonly CheckOptions TypoOnly = new() { EnabledCategories = ["TYPO"] };

    private static IReadOnlyList<Finding> Particles(string text, CheckOptions? options = null) =>
        [.. TestEngine.Default.Check(text, options ?? TypoOnly).Matches.Where(m => m.Rule.Id == TypoDetector.ParticleRule.Id)];

    [Theory]
    // Complement 得: verb + 的/地 + degree word + adjective, or a whole complement.
    [InlineData("这首歌他唱的很好听。", "唱的很好听", "唱得很好听")]
    [InlineData("他跑的很快。", "跑的很快", "跑得很快")]
    [InlineData("大家都玩地很开心。", "玩地很开心", "玩得很开心")]
    [InlineData("好久不见，最近过的还好吗？", "过的还好", "过得还好")]
    // Adverbial 地: a reduplicated manner word + 得 + verb; 非常/十分 + 的 + adjective.
    [InlineData("她默默得做完了所有工作。", "默默得做", "默默地做")]
    [InlineData("今天我非常的高兴。", "非常的高兴", "非常地高兴")]
    [InlineData("看到这个结果，我感到十分的欣慰。", "十分的欣慰", "十分地欣慰")]
    // Attributive 的: an adjective + 得 + a noun that ends the clause; 真得 → 真的.
    [InlineData("她是我很好得朋友。", "好得朋友", "好的朋友")]
    [InlineData("那个活动真得有意思。", "真得有意思", "真的有意思")]
    // 在/再.
    [InlineData("房间很大，在加上房东很好，我不想搬家。", "在加上", "再加上")]
    [InlineData("我们一天到晚再一起。", "再一起", "在一起")]
    public void Misused_particles_are_reported_with_the_fix_first(string text, string wrong, string right)
    {
        var f = Assert.Single(Particles(text));
        Assert.Equal(wrong, f.Text);
        Assert.Equal(right, f.Replacements[0].Value);
        Assert.Equal(Severity.Minor, f.Severity);
        Assert.Equal(Category.Typo, f.Rule.Category);
        Assert.Contains($"“{wrong}”应为“{right}”", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    // 的 before verbs used as nouns: the bulk of official prose.
    [InlineData("人民群众的获得感、幸福感、安全感更加充实。")]
    [InlineData("衷心感谢社会各界对政府工作的支持。")]
    [InlineData("他的学习成绩一直很好。")]
    [InlineData("积极的财政政策要更加积极有为，发挥积极的作用。")]
    [InlineData("经过认真的研究，我们作出了决定。")]
    [InlineData("要保持认真的学习态度。")]
    [InlineData("在上级的大力支持下，任务顺利完成。")]
    [InlineData("要给群众带来实实在在的提高。")]
    // 的 + 很多/很大 starts a noun phrase; 所 + verb + 的 is a noun.
    [InlineData("我们做的很多工作得到了群众认可。")]
    [InlineData("去年取得的很大成绩来之不易。")]
    [InlineData("这就是我们所做的很有意义的事情。")]
    // 得 as a verb (get) or a modal (must).
    [InlineData("实行利润留成的办法，保证国家得大头。")]
    [InlineData("要让农民得实惠，使他们得实惠。")]
    [InlineData("老年人容易得病。")]
    [InlineData("你得买房。")]
    // 有的还…, 地 after an adverb, 再 + a verb that jieba tags as a place.
    [InlineData("有的问题还很突出。")]
    [InlineData("继续积极有效地利用外资。")]
    [InlineData("学成之后，然后再回国建设国家。")]
    [InlineData("希望以后还有机会再一起吃饭。")]
    // A reduplicated word + 的 + verb is not corrected by default (see docs/typo.md).
    [InlineData("我们要好好的学习。")]
    // 得 = must after a reduplicated word of frequency or scope; 在 + verb phrase + 后/时 is a time frame.
    [InlineData("大家天天得加班。")]
    [InlineData("这种天气处处得小心。")]
    [InlineData("在加上注释后发布。")]
    [InlineData("在加上必要说明的基础上公开。")]
    // 非常/十分 heading a noun phrase after a verb, numeral or demonstrative (ten-tenths, extraordinary).
    [InlineData("我们要付出十分的努力。")]
    [InlineData("对此我们具有十分的把握。")]
    [InlineData("这是一项非常的举措。")]
    public void Correct_uses_are_not_flagged(string text) => Assert.Empty(Particles(text));

    [Fact]
    public void An_adjective_before_a_verb_is_left_alone_in_both_scripts()
    {
        // 认真的学习 can be adverbial (认真地学习) or a noun phrase (认真的学习态度); official prose nearly always means the second.
        Assert.Empty(Particles("他认真的学习。"));
        Assert.Empty(Particles("他認真的學習。"));
    }

    [Fact]
    public void Traditional_text_is_read_and_the_fix_keeps_its_script()
    {
        var f = Assert.Single(Particles("這首歌他唱的很好聽。"));
        Assert.Equal("唱的很好聽", f.Text);
        Assert.Equal("唱得很好聽", f.Replacements[0].Value);
    }

    [Fact]
    public void Inserted_symbols_are_seen_through_and_dropped_from_the_fix()
    {
        var f = Assert.Single(Particles("他跑*的很快。"));
        Assert.Equal("跑*的很快", f.Text);
        Assert.Equal("跑得很快", f.Replacements[0].Value);
    }

    [Fact]
    public void A_reduplicated_given_name_is_not_read_as_a_manner_word()
    {
        Assert.Empty(Particles("这件事张默默得知道。"));
        Assert.Empty(Particles("我和张默默得知道。"));
    }

    [Fact]
    public void Latin_text_numbers_and_allow_listed_phrases_are_never_corrected()
    {
        Assert.Empty(Particles("他跑的很fast。"));
        Assert.Empty(Particles("他跑的100米很快。"));
        Assert.Empty(Particles("这首歌他唱的很好听。", TypoOnly with { Allowlist = ["唱的很好听"] }));
    }

    [Fact]
    public void A_curated_phrase_is_reported_once_by_the_curated_table()
    {
        var f = Assert.Single(TestEngine.Default.Check("这件事他做的很好。", TypoOnly).Matches);
        Assert.Equal(TypoDetector.CuratedRule.Id, f.Rule.Id);
    }

    [Fact]
    public void The_rules_can_be_switched_off()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TypoDetector(TypoSettings.Default with { Particles = false })).Build();
        Assert.DoesNotContain(checker.Check("这首歌他唱的很好听。", TypoOnly).Matches, m => m.Rule.Id == TypoDetector.ParticleRule.Id);
    }

    [Fact]
    public void The_reduplicated_de_rule_is_available_when_asked_for()
    {
        var checker = new ContentCheckerBuilder().AddDetector(new TypoDetector(TypoSettings.Default with { ParticleReduplicatedDe = true })).Build();
        var f = Assert.Single(checker.Check("我们要好好的学习。", TypoOnly).Matches, m => m.Rule.Id == TypoDetector.ParticleRule.Id);
        Assert.Equal("好好地学习", f.Replacements[0].Value);
    }
}
