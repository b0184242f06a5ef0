using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class ConfusionSetsTests
{
    [Theory]
    [InlineData('议')]
    [InlineData('展')]
    [InlineData('部')]
    [InlineData('策')]
    public void TypedAs_lists_only_characters_whose_set_proposes_the_right_one_back(char right)
    {
        var typedAs = ConfusionSets.Shared.TypedAs(right).ToArray();
        Assert.NotEmpty(typedAs);
        foreach (var typed in typedAs)
        {
            Assert.NotEqual(right, typed.Char);
            var back = ConfusionSets.Shared.For(typed.Char).ToArray().Single(c => c.Char == right);
            Assert.Equal(back.SoundAlike, typed.SoundAlike);
            Assert.Equal(back.LookAlike, typed.LookAlike);
            Assert.True(typed.SoundAlike || typed.LookAlike, $"{typed.Char} is only a fuzzy reading of {right}");
        }
    }

    [Fact]
    public void TypedAs_holds_a_homophone_and_a_look_alike()
    {
        Assert.Contains(ConfusionSets.Shared.TypedAs('议').ToArray(), c => c.Char == '仪' && c.SoundAlike);
        Assert.Contains(ConfusionSets.Shared.TypedAs('末').ToArray(), c => c.Char == '未' && c.LookAlike);
    }

    [Fact]
    public void TypedAs_is_empty_for_a_character_without_a_set()
    {
        Assert.True(ConfusionSets.Shared.TypedAs('A').IsEmpty);
    }
}
