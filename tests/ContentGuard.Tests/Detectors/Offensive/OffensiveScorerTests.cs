using ContentGuard.Detection;
using ContentGuard.Detectors.Offensive;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Tests.Detectors.Offensive;

/// <summary>
/// The unit logic shared by the detector and <c>eval classifier</c>, with a fake probability per exact span: a span
/// the test did not list fails the test, so each test also pins which spans (sentence, paragraph, neighbours) are scored.
/// </summary>
public sealed class OffensiveScorerTests
{
    private const string S1 = "甲甲甲甲。";
    private const string S2 = "乙乙乙乙。";
    private const string S3 = "丙丙丙丙。";
    private const string S4 = "丁丁丁丁。";

    private static readonly Normalizer Normalizer = new(CharData.TraditionalToSimplified);

    private static readonly OffensiveModelInfo Context = new()
    {
        Threshold = 0.5, CriticalThreshold = 0.9, MinChars = 4, Unit = OffensiveModelInfo.ContextUnit, ContextChars = 100,
    };

    private static readonly OffensiveModelInfo Sentence = Context with { Unit = OffensiveModelInfo.SentenceUnit };

    private static (float Best, List<OffensiveHit> Hits, List<string> Scored) Assess(
        OffensiveModelInfo info, string raw, Dictionary<string, float> probabilities, Func<bool>? stop = null)
    {
        var text = Normalizer.Normalize(raw);
        var scored = new List<string>();
        var hits = new List<OffensiveHit>();
        var best = OffensiveScorer.Assess(info, text, SentenceSplitter.Split(text.Text), (start, end) =>
        {
            var span = text.Text[start..end];
            scored.Add(span);
            Assert.True(probabilities.TryGetValue(span, out var p), $"unexpected span scored: '{span}'");
            return p;
        }, hits, stop);
        return (best, hits, scored);
    }

    private static void AssertHits(List<OffensiveHit> hits, params (int Sentence, float Score)[] expected)
    {
        Assert.Equal(expected.Length, hits.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Sentence, hits[i].Sentence);
            Assert.Equal(expected[i].Score, hits[i].Probability, 1e-6);
        }
    }

    [Fact]
    public void The_context_weight_sets_how_much_the_paragraph_counts_but_never_lowers_a_sentence()
    {
        var p = new Dictionary<string, float> { [S1] = 0.3f, [S2] = 0.2f, [S1 + S2] = 0.9f };
        var (_, hits, _) = Assess(Context with { ContextWeight = 0.2 }, S1 + S2, p);
        // S1: max(0.3, 0.2·0.3 + 0.8·0.9) = 0.78, S2: 0.76; the paragraph offends as a whole: one finding, on S1.
        AssertHits(hits, (0, 0.78f));

        var (_, mean, _) = Assess(Context with { ContextWeight = 0.5 }, S1 + S2, p);
        AssertHits(mean, (0, 0.6f));

        var (_, alone, _) = Assess(Context with { ContextWeight = 1.0 }, S1 + S2, p);
        Assert.Empty(alone);
    }

    [Fact]
    public void Model_info_without_a_context_weight_means_the_plain_mean()
    {
        var info = System.Text.Json.JsonSerializer.Deserialize<OffensiveModelInfo>("{\"threshold\":0.4,\"criticalThreshold\":0.8,\"unit\":\"context\"}")!;
        Assert.Equal(0.5, info.ContextWeight);
    }

    [Fact]
    public void Context_unit_reports_a_short_paragraph_that_offends_only_as_a_whole_on_its_worst_sentence()
    {
        var p = new Dictionary<string, float> { [S1] = 0.3f, [S2] = 0.2f, [S1 + S2] = 0.9f };
        var (best, hits, _) = Assess(Context, S1 + S2, p);
        AssertHits(hits, (0, 0.6f));
        Assert.Equal(0.6f, best, 1e-6);
    }

    [Fact]
    public void Sentence_unit_does_not_score_the_paragraph()
    {
        var p = new Dictionary<string, float> { [S1] = 0.3f, [S2] = 0.2f };
        var (best, hits, scored) = Assess(Sentence, S1 + S2, p);
        Assert.Empty(hits);
        Assert.Equal(0.3f, best, 1e-6);
        Assert.Equal([S1, S2], scored);
    }

    [Fact]
    public void Context_unit_does_not_report_a_clean_sentence_lifted_by_an_offensive_neighbour()
    {
        // s = (0.9 + 0.95) / 2 and (0.1 + 0.95) / 2 = 0.525: both reach 0.5, but only the first offends on its own.
        var p = new Dictionary<string, float> { [S1] = 0.9f, [S2] = 0.1f, [S1 + S2] = 0.95f };
        var (_, hits, _) = Assess(Context, S1 + S2, p);
        AssertHits(hits, (0, 0.925f));
    }

    [Fact]
    public void Context_unit_keeps_one_finding_per_sentence_that_offends_on_its_own()
    {
        var p = new Dictionary<string, float> { [S1] = 0.9f, [S2] = 0.1f, [S3] = 0.8f, [S1 + S2 + S3] = 0.7f };
        var (_, hits, _) = Assess(Context, S1 + S2 + S3, p);
        AssertHits(hits, (0, 0.9f), (2, 0.8f));
    }

    [Fact]
    public void Context_unit_never_hides_a_sentence_that_offends_on_its_own_among_clean_ones()
    {
        // Padding an offensive sentence with clean ones must not clear it (an evasion found in review).
        var p = new Dictionary<string, float> { [S1] = 0.6f, [S2] = 0.05f, [S1 + S2] = 0.1f };
        var (best, hits, _) = Assess(Context, S1 + S2, p);
        AssertHits(hits, (0, 0.6f));
        Assert.Equal(0.6f, best, 1e-6);

        var (sentenceBest, sentenceHits, _) = Assess(Sentence, S1 + S2, new Dictionary<string, float> { [S1] = 0.6f, [S2] = 0.05f });
        AssertHits(sentenceHits, (0, 0.6f));
        Assert.Equal(0.6f, sentenceBest, 1e-6);
    }

    [Fact]
    public void A_line_break_ends_the_paragraph_so_each_line_is_its_own_context()
    {
        var p = new Dictionary<string, float> { [S1] = 0.3f, [S2] = 0.7f };
        var (best, hits, scored) = Assess(Context, S1 + "\n" + S2, p);
        AssertHits(hits, (1, 0.7f));
        Assert.Equal(0.7f, best, 1e-6);
        Assert.Equal([S1, S2], scored);
    }

    [Fact]
    public void A_one_sentence_paragraph_is_scored_once()
    {
        var (_, hits, scored) = Assess(Context, S1, new Dictionary<string, float> { [S1] = 0.7f });
        AssertHits(hits, (0, 0.7f));
        Assert.Equal([S1], scored);
    }

    [Fact]
    public void A_long_paragraph_gives_each_sentence_its_neighbours_and_one_finding_per_run()
    {
        var info = Context with { ContextChars = 10 };
        var p = new Dictionary<string, float>
        {
            [S1] = 0.3f, [S2] = 0.3f, [S3] = 0.1f, [S4] = 0.1f,
            [S1 + S2] = 0.9f, [S1 + S2 + S3] = 0.8f, [S2 + S3 + S4] = 0.2f, [S3 + S4] = 0.1f,
        };
        var (best, hits, scored) = Assess(info, S1 + S2 + S3 + S4, p);
        AssertHits(hits, (0, 0.6f));
        Assert.Equal(0.6f, best, 1e-6);
        Assert.DoesNotContain(S1 + S2 + S3 + S4, scored);
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(11, false)]
    public void The_paragraph_is_the_context_up_to_context_chars_content_characters(int contextChars, bool whole)
    {
        var p = new Dictionary<string, float>
        {
            [S1] = 0.1f, [S2] = 0.1f, [S3] = 0.1f, [S1 + S2 + S3] = 0.1f, [S1 + S2] = 0.1f, [S2 + S3] = 0.1f,
        };
        var (_, _, scored) = Assess(Context with { ContextChars = contextChars }, S1 + S2 + S3, p);
        // Whole: the three sentences and the paragraph; otherwise the three sentences and three neighbour windows.
        Assert.Equal(whole ? 4 : 6, scored.Count);
        Assert.Equal(!whole, scored.Contains(S1 + S2));
        Assert.Equal(!whole, scored.Contains(S2 + S3));
    }

    [Fact]
    public void Short_sentences_are_not_scored_but_stay_in_the_paragraph_context()
    {
        const string shortOne = "滚!";
        var p = new Dictionary<string, float> { [S1] = 0.3f, [S2] = 0.2f, [shortOne + S1 + S2] = 0.9f };
        var (_, hits, scored) = Assess(Context, shortOne + S1 + S2, p);
        AssertHits(hits, (1, 0.6f));
        Assert.DoesNotContain(shortOne, scored);
    }

    [Fact]
    public void Nothing_is_scored_when_no_sentence_is_long_enough()
    {
        var (best, hits, scored) = Assess(Context, "好。滚！", []);
        Assert.Equal(0f, best);
        Assert.Empty(hits);
        Assert.Empty(scored);
    }

    [Fact]
    public void Stop_ends_the_scoring_without_findings()
    {
        var (best, hits, scored) = Assess(Context, S1 + S2, new Dictionary<string, float> { [S1] = 0.9f }, stop: () => true);
        Assert.Equal(0f, best);
        Assert.Empty(hits);
        Assert.Empty(scored);
    }

    [Fact]
    public void A_line_break_between_sentences_is_a_paragraph_boundary()
    {
        var text = Normalizer.Normalize("甲甲甲甲。\n乙乙乙乙。丙丙丙丙。");
        var sentences = SentenceSplitter.Split(text.Text);
        Assert.True(OffensiveScorer.LineBreakBetween(text.Text, sentences[0].End, sentences[1].Start));
        Assert.False(OffensiveScorer.LineBreakBetween(text.Text, sentences[1].End, sentences[2].Start));
    }
}
