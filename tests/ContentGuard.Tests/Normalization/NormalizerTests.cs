using ContentGuard.Normalization;

namespace ContentGuard.Tests.Normalization;

public sealed class NormalizerTests
{
    private static readonly Normalizer Normalizer = new(CharData.TraditionalToSimplified);

    [Fact]
    public void Full_width_letters_and_digits_fold_to_lower_case_ascii()
    {
        var n = Normalizer.Normalize("ＳＥＸ１２３ＡbＣ");
        Assert.Equal("sex123abc", n.Text);
    }

    [Theory]
    [InlineData("賭博", "赌博")]
    [InlineData("習近平", "习近平")]
    [InlineData("學習", "学习")]
    [InlineData("著名", "著名")]
    [InlineData("干部", "干部")]
    public void Traditional_characters_fold_to_simplified_and_simplified_text_is_unchanged(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input).Text);

    [Fact]
    public void Zero_width_characters_are_removed_and_the_map_skips_them()
    {
        var n = Normalizer.Normalize("赌\u200B\u200D博\uFEFF");
        Assert.Equal("赌博", n.Text);
        Assert.Equal(0, n.ToOriginal(0));
        Assert.Equal(3, n.ToOriginal(1));
        Assert.Equal("赌\u200B\u200D博", n.OriginalSlice(0, 2));
    }

    [Fact]
    public void Noise_characters_are_marked_not_removed()
    {
        var n = Normalizer.Normalize("赌*博 冰.毒＊");
        Assert.Equal("赌*博 冰.毒*", n.Text);
        Assert.True(n.IsNoise(1));
        Assert.True(n.IsNoise(3));
        Assert.True(n.IsNoise(5));
        Assert.True(n.IsNoise(7));
        Assert.False(n.IsNoise(0));
    }

    [Fact]
    public void Sentence_ends_are_never_noise()
    {
        var n = Normalizer.Normalize("赌。博！？\n");
        Assert.False(n.IsNoise(1));
        Assert.False(n.IsNoise(3));
        Assert.False(n.IsNoise(4));
        Assert.False(n.IsNoise(5));
    }

    [Fact]
    public void Emoji_stay_whole_and_are_noise()
    {
        var n = Normalizer.Normalize("赌😀博");
        Assert.Equal("赌😀博", n.Text);
        Assert.True(n.IsNoise(1) && n.IsNoise(2));
        Assert.Equal(3, n.ToOriginal(3));
    }

    [Fact]
    public void Custom_noise_set_replaces_the_default()
    {
        var n = new Normalizer(CharData.TraditionalToSimplified, "#").Normalize("a*b#");
        Assert.False(n.IsNoise(1));
        Assert.True(n.IsNoise(3));
    }
}
