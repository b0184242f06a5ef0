using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class InWordPairsTests
{
    private static readonly InWordPairs Pairs = InWordPairs.Build(
        WordFrequencies.Load(new StringReader("会议 100 n\n议论 80 v\n礼拜 60 n\n罕见词 10 n\n")), minFreq: 50);

    [Theory]
    [InlineData('会', '议')]
    [InlineData('议', '论')]
    [InlineData('礼', '拜')]
    public void Contains_is_true_for_adjacent_chars_of_a_common_word(char a, char b) => Assert.True(Pairs.Contains(a, b));

    [Theory]
    [InlineData('议', '会')]
    [InlineData('会', '论')]
    [InlineData('罕', '见')]
    [InlineData('x', '议')]
    public void Contains_is_false_for_reversed_unseen_rare_or_unknown_pairs(char a, char b) => Assert.False(Pairs.Contains(a, b));

    [Fact]
    public void Count_is_the_number_of_distinct_pairs() => Assert.Equal(3, Pairs.Count);
}
