namespace ContentGuard.Tests.Detectors.Punctuation;

public sealed class PairedPunctuationDetectorTests
{
    private static IReadOnlyList<Finding> Unpaired(string text, TextFormat format = TextFormat.Text) =>
        [.. TestEngine.Default.Check(text, new CheckOptions { Format = format }).Matches.Where(m => m.Rule.Id == "TYPO_PUNCT_UNPAIRED")];

    [Theory]
    [InlineData("坚持“两个毫不动摇，推进改革。", "“", "左双引号")]
    [InlineData("这是测试）的句子。", "）", "右括号")]
    [InlineData("学习《习近平谈治国理政》》。", "》", "右书名号")]
    [InlineData("《“十四五》规划”。", "“", "交错")]
    public void An_unpaired_mark_is_a_minor_finding_on_that_mark(string text, string mark, string says)
    {
        var f = Unpaired(text)[0];
        Assert.Equal(mark, text.Substring(f.Offset, f.Length));
        Assert.Equal(Severity.Minor, f.Severity);
        Assert.Contains(says, f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("他说：“这是‘重点’工作。”")]
    [InlineData("学习《习近平谈治国理政（第四卷）》。")]
    [InlineData("《“十四五”规划》。")]
    [InlineData("办好“中国’99昆明世界园艺博览会”。")]
    [InlineData("China’s economy（中国经济）。")]
    [InlineData("“第一段引文，\n“第二段引文。”")]
    [InlineData("他说\"好\"。")]
    [InlineData("1）首先，加强领导。\n2)其次，完善制度。")]
    [InlineData("要求：1）按时；2）保质。")]
    [InlineData("一）第四项。")]
    public void Paired_marks_apostrophes_and_quotations_over_paragraphs_pass(string text) => Assert.Empty(Unpaired(text));

    [Theory]
    [InlineData("主要任务包括：1）加强组织领导；2）强化督促检查；3）严格责任追究。")]
    [InlineData("a) 基本情况；b) 存在问题。")]
    [InlineData("12）其他事项。")]
    [InlineData("一）总体要求")]
    [InlineData("他在1990’s参加工作。")]
    public void Sequence_labels_with_a_half_bracket_and_decade_apostrophes_pass(string text) => Assert.Empty(Unpaired(text));

    [Theory]
    [InlineData("共计3）项。", "）")]
    [InlineData("其中3）。", "）")]
    public void A_bracket_after_a_number_inside_a_sentence_is_still_unpaired(string text, string mark) =>
        Assert.Equal(mark, text.Substring(Assert.Single(Unpaired(text)).Offset, 1));

    [Fact]
    public void A_bracket_does_not_pair_across_paragraphs()
    {
        const string text = "第一段（说明。\n第二段）正常。";
        var findings = Unpaired(text);
        Assert.Equal([3, 11], findings.Select(f => f.Offset).Order());
    }

    [Fact]
    public void A_mark_inside_html_is_found_at_its_offset_in_the_source()
    {
        const string html = "<p>坚持<b>“</b>两个毫不动摇</p>";
        var f = Assert.Single(Unpaired(html, TextFormat.Html));
        Assert.Equal("“", html.Substring(f.Offset, f.Length));
    }
}
