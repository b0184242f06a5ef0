using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class CharNgramModelTests
{
    [Fact]
    public void CountText_counts_ideographs_and_pairs_that_do_not_cross_punctuation()
    {
        var uni = new Dictionary<char, int>();
        var bi = new Dictionary<(char, char), int>();
        var chars = CharNgramModel.CountText(["发展经济，发展a教育", "发展"], uni, bi);
        Assert.Equal(10, chars);
        Assert.Equal(3, uni['发']);
        Assert.Equal(3, bi[('发', '展')]);
        Assert.False(bi.ContainsKey(('济', '发')));
        Assert.False(bi.ContainsKey(('展', '教')));
    }

    [Fact]
    public void FromCounts_scales_counts_and_drops_pairs_under_the_minimum_after_scaling()
    {
        var uni = new Dictionary<char, int> { ['发'] = 3, ['展'] = 2, ['教'] = 1, ['育'] = 1 };
        var bi = new Dictionary<(char, char), int> { [('发', '展')] = 2, [('教', '育')] = 1 };
        var doubled = CharNgramModel.FromCounts(uni, bi, minCount: 2, scale: 2.0, "test");
        Assert.Equal(6, doubled.Count('发'));
        Assert.Equal(4, doubled.Count('发', '展'));
        Assert.Equal(2, doubled.Count('教', '育'));
        Assert.Equal(14, doubled.TotalCount);

        var plain = CharNgramModel.FromCounts(uni, bi, minCount: 2, scale: 1.0, "test");
        Assert.Equal(0, plain.Count('教', '育'));
        Assert.Equal(2, plain.Count('发', '展'));
    }
}
