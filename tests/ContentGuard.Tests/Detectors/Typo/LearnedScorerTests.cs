using ContentGuard.Data;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class LearnedScorerTests
{
    private const string Table = """
        # version: test-scorer
        feature	mean	scale	weight
        Gain	1	2	3
        Local	0	1	0
        LogWordFreq	0	1	0
        LogTypedFreq	0	1	0
        SoundAlike	0	1	1
        ShapeOnly	0	1	0
        ThreeChars	0	1	0
        LogAttested	0	1	0
        Rarity	0	1	0
        (bias)			-1
        (threshold)			0.5
        """;

    private static LearnedScorer Parse(string text) => LearnedScorer.FromTable(TsvTable.Parse(new StringReader(text), "scorer.tsv"));

    private static CandidateFeatures Features(double gain, double sound) => new(gain, 0, 0, 0, sound, 0, 0, 0, 0);

    [Fact]
    public void Logit_is_the_bias_plus_weights_times_standardized_features()
    {
        var scorer = Parse(Table);
        // -1 + 3 * (5 - 1) / 2 + 1 * 1 = 6
        Assert.Equal(6.0, scorer.Logit(Features(5, 1)), 10);
        Assert.Equal(-1.0 + (3 * -0.5), scorer.Logit(Features(0, 0)), 10);
        Assert.Equal(0.5, scorer.Threshold);
        Assert.Equal("test-scorer", scorer.Version);
    }

    [Fact]
    public void WithThreshold_keeps_the_weights()
    {
        var scorer = Parse(Table).WithThreshold(2);
        Assert.Equal(2, scorer.Threshold);
        Assert.Equal(6.0, scorer.Logit(Features(5, 1)), 10);
    }

    [Theory]
    [InlineData("Rarity\t0\t1\t0\n", "")]
    [InlineData("(threshold)\t\t\t0.5", "")]
    [InlineData("Rarity\t0\t1\t0\n", "Unknown\t0\t1\t0\n")]
    public void FromTable_rejects_a_table_missing_or_adding_a_row(string remove, string add)
    {
        var broken = Table.Replace(remove, string.Empty, StringComparison.Ordinal) + (add.Length > 0 ? "\n" + add : string.Empty);
        Assert.Throws<InvalidDataException>(() => Parse(broken));
    }

    [Theory]
    [InlineData("Gain\t1\t2\t3", "Gain\t1\t2\tNaN")]
    [InlineData("Gain\t1\t2\t3", "Gain\t1\t0\t3")]
    [InlineData("Gain\t1\t2\t3", "Gain\t1\t2\tthree")]
    [InlineData("(bias)\t\t\t-1", "(bias)\t\t\t∞")]
    public void FromTable_rejects_non_finite_numbers_zero_scales_and_text(string row, string replacement)
    {
        Assert.Throws<InvalidDataException>(() => Parse(Table.Replace(row, replacement, StringComparison.Ordinal)));
    }

    [Fact]
    public void Settings_read_the_embedded_scorer_only_when_asked_and_can_turn_it_off()
    {
        Assert.Null((TypoSettings.Default with { Scorer = null }).Scorer);
        Assert.Same(LearnedScorer.Embedded, TypoSettings.Default.Scorer);
        Assert.Same(LearnedScorer.Embedded, (TypoSettings.Default with { MinGain = 3 }).Scorer);
    }

    [Fact]
    public void The_embedded_scorer_loads_and_prefers_a_large_gain()
    {
        var scorer = Assert.IsType<LearnedScorer>(LearnedScorer.Embedded);
        Assert.True(scorer.Logit(Features(20, 1)) > scorer.Threshold);
        Assert.True(scorer.Logit(Features(-10, 1)) < scorer.Threshold);
    }
}
