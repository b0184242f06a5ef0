using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class SegmentScorerTests
{
    private static readonly WordFrequencies Words = WordFrequencies.Shared;
    private static readonly WordBigrams Bigrams = WordBigrams.Shared;

    private static double Score(string text, bool bigrams) =>
        bigrams
            ? SegmentScorer.BestLogProb(text, Words, bigrams: Bigrams, boundaryPenalty: 2.0, bigramWeight: 1.0)
            : SegmentScorer.BestLogProb(text, Words);

    [Fact]
    public void BestLogProb_prefers_the_dictionary_word_over_its_typo()
    {
        Assert.True(Score("上个礼拜是", bigrams: false) > Score("上个里拜是", bigrams: false));
    }

    [Fact]
    public void BestLogProb_with_bigrams_penalises_a_typo_that_splits_into_unseen_word_pairs()
    {
        // 里 and 拜 are both common words, so the unigram model barely minds 里/拜; the back-off penalty for the unseen
        // pair makes the correction 礼拜 clearly better.
        var unigramGain = Score("上个礼拜是", bigrams: false) - Score("上个里拜是", bigrams: false);
        var bigramGain = Score("上个礼拜是", bigrams: true) - Score("上个里拜是", bigrams: true);
        Assert.True(bigramGain > unigramGain + 1.0, $"bigram gain {bigramGain:F2} vs unigram gain {unigramGain:F2}");
    }

    [Fact]
    public void BestLogProb_with_bigrams_rewards_a_word_pair_seen_in_the_table()
    {
        // 可以@坐 is in the bigram table, 可以@座 is not.
        var unigramGain = Score("可以坐", bigrams: false) - Score("可以座", bigrams: false);
        var bigramGain = Score("可以坐", bigrams: true) - Score("可以座", bigrams: true);
        Assert.True(bigramGain > unigramGain);
    }

    [Theory]
    [InlineData("")]
    [InlineData("㐀")]
    public void BestLogProb_handles_empty_and_unknown_text(string text)
    {
        var score = Score(text, bigrams: true);
        Assert.False(double.IsNaN(score));
        Assert.Equal(text.Length * SegmentScorer.UnknownCharLogProb, score);
    }
}
