using ContentGuard.Cli;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Cli;

public sealed class SyntheticTyposTests
{
    // Small official-style paragraphs written for the tests (a paragraph a line, as in the government-report corpus).
    private static readonly string[] Paragraphs =
    [
        "各位代表！我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。扎实推进高质量发展，不断增强经济活力。",
        "加快建设现代化产业体系，推动传统产业转型升级。深入实施科教兴国战略，强化高质量发展的基础支撑。",
        "坚定不移推进全面深化改革，持续优化营商环境。扩大高水平对外开放，促进互利共赢。",
        "加强生态文明建设，推进绿色低碳发展。切实保障和改善民生，加强社会建设。",
        "好的。2024年。", // too short or not Chinese enough: never used
    ];

    private static IEnumerable<string> Corpus(int copies) => Enumerable.Repeat(Paragraphs, copies).SelectMany(p => p);

    private static List<EvalTypoCommand.Item> Make(int limit, int seed, double cleanShare = 0.5, double soundShare = 0.8, int copies = 30) =>
        SyntheticTypos.Make(Corpus(copies), ConfusionSets.Shared, WordFrequencies.Shared, new SyntheticTypos.Options(limit, seed, cleanShare, soundShare));

    private static List<int> Changed(EvalTypoCommand.Item item) =>
        [.. Enumerable.Range(0, item.Target.Length).Where(i => item.Source[i] != item.Target[i])];

    [Fact]
    public void Make_is_deterministic_for_a_seed_and_differs_between_seeds()
    {
        var a = Make(200, seed: 7);
        var b = Make(200, seed: 7);
        var c = Make(200, seed: 8);
        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(i => i.Source), c.Select(i => i.Source));
    }

    [Fact]
    public void Make_replaces_one_or_two_non_adjacent_characters_only_by_confusion_set_characters()
    {
        var items = Make(300, seed: 1);
        var changed = items.Where(i => i.Source != i.Target).ToList();
        Assert.NotEmpty(changed);
        foreach (var item in changed)
        {
            Assert.Equal(item.Target.Length, item.Source.Length);
            var positions = Changed(item);
            Assert.InRange(positions.Count, 1, 2);
            if (positions.Count == 2)
            {
                Assert.True(positions[1] - positions[0] > 1, $"adjacent errors in {item.Source}");
            }

            foreach (var i in positions)
            {
                // The detector, seeing the typed character, can propose the right one (same reading or same shape).
                Assert.Contains(ConfusionSets.Shared.For(item.Source[i]).ToArray(), c => c.Char == item.Target[i] && (c.SoundAlike || c.LookAlike));
            }
        }

        Assert.Contains(changed, i => Changed(i).Count == 2);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Make_leaves_the_requested_share_of_sentences_unchanged(double cleanShare)
    {
        var items = Make(400, seed: 3, cleanShare, copies: 60);
        Assert.Equal(400, items.Count);
        var unchanged = items.Count(i => i.Source == i.Target) / 400.0;
        Assert.InRange(unchanged, cleanShare - 0.07, cleanShare + 0.07);
    }

    [Fact]
    public void Make_with_sound_share_one_injects_homophones_whenever_the_character_has_one()
    {
        foreach (var item in Make(200, seed: 5, cleanShare: 0, soundShare: 1.0))
        {
            foreach (var i in Changed(item))
            {
                var hasHomophone = ConfusionSets.Shared.TypedAs(item.Target[i]).ToArray().Any(c => c.SoundAlike);
                var candidate = ConfusionSets.Shared.For(item.Source[i]).ToArray().Single(c => c.Char == item.Target[i]);
                Assert.True(!hasHomophone || candidate.SoundAlike, $"{item.Source[i]} for {item.Target[i]} is no homophone");
            }
        }
    }

    [Fact]
    public void Make_uses_only_whole_chinese_sentences_and_stops_at_the_limit()
    {
        var items = Make(50, seed: 2, copies: 3);
        Assert.True(items.Count <= 50);
        Assert.All(items, i => Assert.True(i.Target.Length >= 8, i.Target));
        Assert.DoesNotContain(items, i => i.Target.Contains("2024", StringComparison.Ordinal));
        Assert.All(items, i => Assert.Contains(Paragraphs, p => p.Contains(i.Target, StringComparison.Ordinal)));
        Assert.Equal(items.Select(i => i.Id).Distinct().Count(), items.Count);
    }
}
