namespace ContentGuard.Detectors.Typo;

/// <summary>
/// The unigram word language model: ln P of the best segmentation of a short span into dictionary words (jieba's
/// dynamic programme). A character that is no word on its own costs <see cref="UnknownCharLogProb"/>.
/// </summary>
internal static class SegmentScorer
{
    /// <summary>ln P of an unknown single character, relative to ln(total).</summary>
    public const double UnknownCharLogProb = -20.0;

    /// <summary>ln P of the best segmentation of <paramref name="span"/> (at most 64 chars).</summary>
    public static double BestLogProb(ReadOnlySpan<char> span, WordFrequencies words)
    {
        var n = span.Length;
        if (n == 0)
        {
            return 0;
        }

        Span<double> best = stackalloc double[n + 1];
        best[0] = 0;
        var maxLen = Math.Min(words.MaxWordLength, 8);
        for (var j = 1; j <= n; j++)
        {
            var b = double.NegativeInfinity;
            for (var len = 1; len <= maxLen && len <= j; len++)
            {
                var f = words.Freq(span.Slice(j - len, len));
                double lp;
                if (f > 0)
                {
                    lp = words.LogProb(f);
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

        return best[n];
    }
}
