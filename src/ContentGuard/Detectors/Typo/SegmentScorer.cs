namespace ContentGuard.Detectors.Typo;

/// <summary>
/// The unigram word language model: ln P of the best segmentation of a short span into dictionary words (jieba's
/// dynamic programme). A character that is no word on its own costs <see cref="UnknownCharLogProb"/>.
/// </summary>
internal static class SegmentScorer
{
    /// <summary>ln P of an unknown single character, relative to ln(total).</summary>
    public const double UnknownCharLogProb = -20.0;

    /// <summary>
    /// ln P of the best segmentation of <paramref name="span"/> (at most 64 chars). A character pair that jieba's
    /// dictionary lacks but official prose uses at least <paramref name="minAttested"/> times (算力, 提质) counts as a
    /// word too, its count scaled by <paramref name="ngramScale"/> to the dictionary's units.
    /// </summary>
    public static double BestLogProb(ReadOnlySpan<char> span, WordFrequencies words, CharNgramModel? ngram = null, int minAttested = 0, double ngramScale = 0)
    {
        var length = span.Length;
        if (length == 0)
        {
            return 0;
        }

        Span<double> best = stackalloc double[length + 1];
        best[0] = 0;
        var maxLen = Math.Min(words.MaxWordLength, 8);
        for (var j = 1; j <= length; j++)
        {
            var b = double.NegativeInfinity;
            for (var len = 1; len <= maxLen && len <= j; len++)
            {
                var f = words.Freq(span.Slice(j - len, len));
                double lp;
                int n;
                if (f > 0)
                {
                    lp = words.LogProb(f);
                }
                else if (len == 2 && ngram is not null && minAttested > 0 && (n = ngram.Count(span[j - 2], span[j - 1])) >= minAttested)
                {
                    lp = Math.Log(n * ngramScale) - words.LogTotal;
                }
                else if (len == 1)
                {
                    lp = UnknownCharLogProb;
                }
                else
                {
                    continue;
                }

                var v = best[j - len] + lp;
                if (v > b)
                {
                    b = v;
                }
            }

            best[j] = b;
        }

        return best[length];
    }
}
