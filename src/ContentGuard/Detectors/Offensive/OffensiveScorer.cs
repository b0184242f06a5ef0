using System.Buffers;
using ContentGuard.Detection;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Offensive;

/// <summary>
/// The scoring unit of the offensive-language model, shared by the detector, <c>eval classifier</c> and the training
/// command's threshold tuning, so that evaluation measures exactly what the detector does.
/// </summary>
/// <remarks>
/// <para>
/// Unit <see cref="OffensiveModelInfo.SentenceUnit"/>: each sentence alone; a sentence is reported when its
/// probability p reaches the threshold.
/// </para>
/// <para>
/// Unit <see cref="OffensiveModelInfo.ContextUnit"/> (a sentence read in its context): sentences are grouped into
/// paragraphs (a line break ends a paragraph; HTML blocks become lines). Each scored sentence gets the score
/// s = max(p, w·p + (1 − w)·c), w = <see cref="OffensiveModelInfo.ContextWeight"/>, so context can raise a sentence
/// but never hide one that offends on its own; c is the probability of its context: the whole paragraph when the paragraph has at most
/// <see cref="OffensiveModelInfo.ContextChars"/> letters, digits and CJK characters, otherwise the sentence with its
/// neighbours in the paragraph. A one-sentence paragraph is its own context (s = p). Findings, with no duplicates:
/// a sentence is reported when s reaches the threshold and either it is offending on its own (p ≥ threshold) or it
/// is the most offensive sentence (highest s) of its group, the group being the short paragraph (shared context) or
/// the run of adjacent sentences with s ≥ threshold (long paragraph). So a paragraph that offends only as a whole
/// gets one finding, on its worst sentence, and a clean sentence next to an offensive one is not reported.
/// </para>
/// <para>
/// A text is offensive exactly when some sentence is reported, i.e. when the highest s reaches the threshold; that
/// highest s is what <c>Assess</c> returns and what the evaluation thresholds. Sentences with fewer than
/// <see cref="OffensiveModelInfo.MinChars"/> content characters are not scored (they still belong to their paragraph's text).
/// </para>
/// </remarks>
internal static class OffensiveScorer
{
    /// <summary>
    /// Scores <paramref name="sentences"/> (ranges of <paramref name="text"/>, in order) and adds the sentences to report
    /// to <paramref name="hits"/> (when given), in text order. Returns the highest score of any sentence (0 when none is
    /// scored). <paramref name="tokens"/> gives the jieba words of the whole text (called once, only when some sentence is
    /// scored); <paramref name="segmenter"/> segments a span again when noise splits its words (models with
    /// <see cref="OffensiveModelInfo.StripNoise"/>); <paramref name="stop"/> is polled before each model call and ends
    /// the scoring early.
    /// </summary>
    public static float Assess(
        OffensiveModel model,
        NormalizedText text,
        IReadOnlyList<TextRange> sentences,
        Func<IReadOnlyList<Token>> tokens,
        Segmenter segmenter,
        List<OffensiveHit>? hits,
        Func<bool>? stop = null)
    {
        IReadOnlyList<Token>? words = null;
        return Assess(model.Info, text, sentences, (start, end) =>
        {
            words ??= tokens();
            return model.Score(OffensiveFeatures.FromSpan(text, start, end, words, model.Info.StripNoise, segmenter));
        }, hits, stop);
    }

    /// <summary>
    /// The unit logic with any probability source: <paramref name="probability"/> gives the model probability of the
    /// normalized span <c>[start, end)</c> (a sentence, a paragraph or a sentence with its neighbours).
    /// </summary>
    public static float Assess(
        OffensiveModelInfo info,
        NormalizedText text,
        IReadOnlyList<TextRange> sentences,
        Func<int, int, float> probability,
        List<OffensiveHit>? hits,
        Func<bool>? stop = null)
    {
        var n = sentences.Count;
        if (n == 0)
        {
            return 0;
        }

        var p = ArrayPool<float>.Shared.Rent(n);
        var s = ArrayPool<float>.Shared.Rent(n);
        try
        {
            var scorer = new ParagraphScorer(info, text, sentences, probability, stop);
            var best = 0f;
            var a = 0;
            while (a < n)
            {
                var b = a;
                while (b + 1 < n && !LineBreakBetween(text.Text, sentences[b].End, sentences[b + 1].Start))
                {
                    b++;
                }

                if (!scorer.Score(a, b, p, s, hits, ref best))
                {
                    break;
                }

                a = b + 1;
            }

            return best;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(p);
            ArrayPool<float>.Shared.Return(s);
        }
    }

    /// <summary>True when the gap <c>[from, to)</c> between two sentences holds a line break (a paragraph boundary).</summary>
    internal static bool LineBreakBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private sealed class ParagraphScorer(
        OffensiveModelInfo info,
        NormalizedText text,
        IReadOnlyList<TextRange> sentences,
        Func<int, int, float> probability,
        Func<bool>? stop)
    {
        private readonly OffensiveModelInfo _info = info;

        /// <summary>Scores the paragraph of sentences <c>a..b</c>; false when <c>stop</c> asked to end.</summary>
        public bool Score(int a, int b, float[] p, float[] s, List<OffensiveHit>? hits, ref float best)
        {
            var threshold = _info.Threshold;
            var content = 0;
            var scored = 0;
            for (var k = a; k <= b; k++)
            {
                var r = sentences[k];
                var length = OffensiveFeatures.ContentLength(text, r.Start, r.End);
                content += length;
                if (length < _info.MinChars)
                {
                    p[k] = float.NaN;
                    continue;
                }

                if (stop?.Invoke() == true)
                {
                    return false;
                }

                p[k] = Model(r.Start, r.End);
                scored++;
            }

            if (scored == 0)
            {
                return true;
            }

            var context = _info.Unit == OffensiveModelInfo.ContextUnit && a < b;
            var shared = context && content <= _info.ContextChars;
            var paragraph = shared ? Model(sentences[a].Start, sentences[b].End) : 0f;
            for (var k = a; k <= b; k++)
            {
                if (float.IsNaN(p[k]))
                {
                    s[k] = float.NaN;
                    continue;
                }

                if (!context)
                {
                    s[k] = p[k];
                    continue;
                }

                if (!shared && stop?.Invoke() == true)
                {
                    return false;
                }

                var c = shared ? paragraph : Model(sentences[Math.Max(a, k - 1)].Start, sentences[Math.Min(b, k + 1)].End);
                // Context can lift a sentence (an insult spread over a comment) but never hide one that offends on its own.
                s[k] = (float)Math.Max(p[k], (_info.ContextWeight * p[k]) + ((1 - _info.ContextWeight) * c));
            }

            for (var k = a; k <= b; k++)
            {
                if (!float.IsNaN(s[k]))
                {
                    best = Math.Max(best, s[k]);
                }
            }

            if (hits is not null)
            {
                if (shared)
                {
                    Report(a, b, p, s, threshold, hits);
                }
                else
                {
                    // Runs of adjacent sentences at or above the threshold (an unscored sentence ends a run).
                    var k = a;
                    while (k <= b)
                    {
                        if (float.IsNaN(s[k]) || s[k] < threshold)
                        {
                            k++;
                            continue;
                        }

                        var end = k;
                        while (end + 1 <= b && !float.IsNaN(s[end + 1]) && s[end + 1] >= threshold)
                        {
                            end++;
                        }

                        Report(k, end, p, s, threshold, hits);
                        k = end + 1;
                    }
                }
            }

            return true;
        }

        /// <summary>Reports, in the group <c>a..b</c>, the sentences offending on their own and the group's most offensive one.</summary>
        private static void Report(int a, int b, float[] p, float[] s, double threshold, List<OffensiveHit> hits)
        {
            var top = -1;
            for (var k = a; k <= b; k++)
            {
                if (!float.IsNaN(s[k]) && (top < 0 || s[k] > s[top]))
                {
                    top = k;
                }
            }

            if (top < 0 || s[top] < threshold)
            {
                return;
            }

            for (var k = a; k <= b; k++)
            {
                if (!float.IsNaN(s[k]) && s[k] >= threshold && (k == top || p[k] >= threshold))
                {
                    hits.Add(new OffensiveHit(k, s[k]));
                }
            }
        }

        private float Model(int start, int end) => probability(start, end);
    }
}

/// <summary>A sentence to report: its index in the sentence list and its score (the finding's confidence).</summary>
internal readonly record struct OffensiveHit(int Sentence, float Probability);
