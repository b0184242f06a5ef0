using ContentGuard.Segmentation;

namespace ContentGuard.Tests.Segmentation;

public sealed class SegmenterTests
{
    [Fact]
    public void Jieba_dictionary_is_loaded_and_keeps_a_leader_name_whole()
    {
        var words = Segmenter.Shared.Cut("坚持以习近平新时代中国特色社会主义思想为指导");
        Assert.Equal("坚持/以/习近平/新/时代/中国/特色/社会主义/思想/为/指导", string.Join('/', words));
    }

    [Fact]
    public void Tokens_carry_offsets_into_the_text()
    {
        const string text = "全面从严治党。";
        foreach (var t in Segmenter.Shared.Tokenize(text))
        {
            Assert.Equal(t.Word, text[t.Start..t.End]);
        }
    }

    [Fact]
    public void A_long_text_is_tokenized_in_pieces_exactly_as_jieba_tokenizes_it_whole()
    {
        var text = string.Concat(Enumerable.Repeat("各地区各部门要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。加快构建新发展格局！", 100));
        Assert.True(text.Length > 3 * Segmenter.MaxPiece);
        var whole = new JiebaNet.Segmenter.JiebaSegmenter().Tokenize(text, JiebaNet.Segmenter.TokenizerMode.Default, hmm: true)
            .Select(t => (t.StartIndex, t.EndIndex)).ToList();
        var pieces = Segmenter.Shared.Tokenize(text).Select(t => (t.Start, t.End)).ToList();
        Assert.Equal(whole, pieces);
    }

    [Theory]
    [InlineData(3000, '的')]
    [InlineData(2500, 'a')]
    public void A_run_without_punctuation_is_cut_hard_and_offsets_stay_exact(int length, char c)
    {
        var text = new string(c, length) + "。结束";
        var tokens = Segmenter.Shared.Tokenize(text);
        var at = 0;
        foreach (var t in tokens)
        {
            Assert.Equal(at, t.Start);
            Assert.Equal(text[t.Start..t.End], t.Word);
            at = t.End;
        }

        Assert.Equal(text.Length, at);
    }

    [Fact]
    public void A_hard_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('的', Segmenter.MaxPiece - 1) + "😀" + new string('的', 600);
        Assert.Equal(Segmenter.MaxPiece - 1, Segmenter.PieceEnd(text, 0));
    }

    [Fact]
    public void Concurrent_tokenizing_while_adding_words_does_not_throw()
    {
        var words = Enumerable.Range(0, 200).Select(i => "测试词" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Parallel.Invoke(
            () => Segmenter.Shared.AddWords(words),
            () => Parallel.For(0, 200, _ => Assert.NotEmpty(Segmenter.Shared.Tokenize("中华人民共和国国务院关于测试词5的通知"))));
        Assert.Contains("测试词5", Segmenter.Shared.Cut("关于测试词5的通知"));
    }

    [Theory]
    [InlineData("第一句。第二句！第三句？", 3)]
    [InlineData("他说：“好。”然后走了。", 2)]
    [InlineData("一行\n二行\r\n\r\n三行", 3)]
    [InlineData("没有句号", 1)]
    [InlineData("   ", 0)]
    public void Sentences_split_at_terminal_punctuation_and_line_breaks(string text, int count) =>
        Assert.Equal(count, SentenceSplitter.Split(text).Count);
}
