using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class PackedWordTableTests
{
    private static readonly PackedWordTable Table = new(new Dictionary<string, int>
    {
        ["会"] = 7,
        ["会议"] = 100,
        ["议会"] = 3,
        ["一筹莫展"] = 42,
        ["实事求是地"] = 5,
    });

    [Theory]
    [InlineData("会", 7)]
    [InlineData("会议", 100)]
    [InlineData("议会", 3)]
    [InlineData("一筹莫展", 42)]
    public void Get_returns_the_count_of_a_stored_word(string word, int expected) => Assert.Equal(expected, Table.Get(word));

    [Theory]
    [InlineData("")]
    [InlineData("议")]
    [InlineData("会仪")]
    [InlineData("会议会")]
    [InlineData("实事求是地")]
    public void Get_returns_zero_for_absent_empty_or_longer_words(string word) => Assert.Equal(0, Table.Get(word));

    [Fact]
    public void WordFrequencies_answers_short_and_long_words_alike()
    {
        var words = WordFrequencies.Load(new StringReader("会议 100 n\n实事求是 50 i\n中华人民共和国 30 ns\n"));
        Assert.Equal(100, words.Freq("会议"));
        Assert.Equal(50, words.Freq("实事求是"));
        Assert.Equal(30, words.Freq("中华人民共和国"));
        Assert.True(words.Contains("中华人民共和国"));
        Assert.False(words.Contains("会仪"));
    }
}
