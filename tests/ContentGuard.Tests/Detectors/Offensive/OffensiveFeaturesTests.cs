using ContentGuard.Detection;
using ContentGuard.Detectors.Offensive;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Tests.Detectors.Offensive;

public sealed class OffensiveFeaturesTests
{
    private static readonly Normalizer Normalizer = new(CharData.TraditionalToSimplified);

    private static OffensiveInput Raw(string text, bool stripNoise = true) => OffensiveFeatures.FromRaw(text, Normalizer, Segmenter.Shared, stripNoise);

    [Theory]
    [InlineData("全*是*垃*圾", "全是垃圾")]
    [InlineData("那/个·地-方_的~人|素#质.低下", "那个地方的人素质低下")]
    [InlineData("全 是 垃 圾", "全是垃圾")]
    [InlineData("全是垃😡圾", "全是垃圾")]
    public void Symbols_between_characters_read_as_if_absent(string noisy, string clean)
    {
        var a = Raw(noisy);
        var b = Raw(clean);
        Assert.Equal(b.Text, a.Text);
        Assert.Equal(b.Words, a.Words);
    }

    [Theory]
    [InlineData("那个地方的人素质低下，全是垃圾。")]
    [InlineData("国家依法打击毒品违法犯罪活动。")]
    public void Clean_text_keeps_the_words_of_the_older_featurization(string text)
    {
        Assert.Equal(Raw(text, stripNoise: false).Words, Raw(text).Words);
        Assert.Equal(Raw(text, stripNoise: false).Text, Raw(text).Text);
    }

    [Fact]
    public void Models_trained_before_noise_stripping_still_see_the_noise()
    {
        var old = Raw("全*是*垃*圾", stripNoise: false);
        Assert.Equal("全*是*垃*圾", old.Text);
        Assert.Contains("*", old.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void Noise_inside_numbers_is_left_out()
    {
        var input = Raw("同比增长5.2%");
        Assert.Equal("同比增长52", input.Text);
        Assert.DoesNotContain(".", input.Words, StringComparison.Ordinal);
        Assert.DoesNotContain("%", input.Words, StringComparison.Ordinal);
        Assert.StartsWith("同比 增长", input.Words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("垃\U0001F621圾", 1, true)]
    [InlineData("垃\U0001F621圾", 2, true)]
    [InlineData("垃*圾", 1, true)]
    [InlineData("垃 圾", 1, true)]
    [InlineData("垃，圾", 1, false)]
    [InlineData("垃\U00020BB7圾", 1, false)]
    [InlineData("垃\U00020BB7圾", 2, false)]
    public void Model_noise_is_the_default_set_plus_emoji(string text, int index, bool noise)
    {
        Assert.Equal(noise, OffensiveFeatures.IsModelNoise(text, index));
    }

    [Fact]
    public void A_span_of_a_document_reads_like_the_same_text_alone()
    {
        const string first = "今天天气很好。";
        const string second = "那个地方的人素质低下，全*是*垃*圾。";
        var text = Normalizer.Normalize(first + second);
        var span = OffensiveFeatures.FromSpan(text, first.Length, text.Length, Segmenter.Shared.Tokenize(text.Text), stripNoise: true, Segmenter.Shared);
        var alone = Raw(second);
        Assert.Equal(alone.Text, span.Text);
        Assert.Equal(alone.Words, span.Words);
    }

    [Fact]
    public void A_clean_span_of_a_noisy_document_keeps_the_documents_words()
    {
        const string first = "全*是*垃*圾。";
        const string second = "那个地方的人素质低下。";
        var text = Normalizer.Normalize(first + second);
        // The clean span's document tokens are one character each, which jieba would never give for this sentence:
        // the span must use them (segmenting it again would give jieba's words and fail here).
        var tokens = Segmenter.Shared.Tokenize(text.Text).Where(t => t.End <= first.Length)
            .Concat(Enumerable.Range(first.Length, text.Length - first.Length).Select(i => new Token(text.Text[i].ToString(), i, i + 1)))
            .ToList();
        var span = OffensiveFeatures.FromSpan(text, first.Length, text.Length, tokens, stripNoise: true, Segmenter.Shared);
        var expected = string.Join(' ', tokens.Where(t => t.Start >= first.Length).Select(t => t.Word));
        Assert.NotEqual(expected, string.Join(' ', Segmenter.Shared.Cut(second)));
        Assert.Equal(expected, span.Words);
        Assert.Equal(second, span.Text);
    }
}
