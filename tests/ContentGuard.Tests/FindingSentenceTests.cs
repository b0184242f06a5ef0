using ContentGuard.Tests.Detectors;

namespace ContentGuard.Tests;

public sealed class FindingSentenceTests
{
    private static readonly ContentChecker Checker = new ContentCheckerBuilder().AddDetector(new TermDetector("赌博")).Build();

    [Fact]
    public void A_finding_carries_its_whole_sentence()
    {
        const string text = "第一句。严禁赌博活动，违者必究！第三句";

        var f = Assert.Single(Checker.Check(text).Matches);

        Assert.Equal("严禁赌博活动，违者必究！", f.Sentence);
    }

    [Fact]
    public void A_very_long_sentence_is_cut_around_each_finding_so_the_result_stays_linear_in_the_text()
    {
        // 3,000 findings in one 12,000-char "sentence" (no sentence end): each finding carried the whole sentence,
        // 36 M chars in memory and over 100 MB of JSON; at the 100,000-char limit, gigabytes.
        var text = string.Concat(Enumerable.Repeat("赌博𠮷，", 3_000));

        var matches = Checker.Check(text).Matches;

        Assert.Equal(3_000, matches.Count);
        foreach (var f in matches)
        {
            var sentence = Assert.IsType<string>(f.Sentence);
            Assert.InRange(sentence.Length, 2, Finding.MaxSentenceLength);
            Assert.Contains("赌博", sentence, StringComparison.Ordinal);
            Assert.False(char.IsLowSurrogate(sentence[0]), "starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(sentence[^1]), "ends inside a surrogate pair");
        }

        Assert.StartsWith("赌博𠮷，", matches[0].Sentence, StringComparison.Ordinal);
        Assert.EndsWith("赌博𠮷，", matches[^1].Sentence, StringComparison.Ordinal);
    }
}
