namespace ContentGuard.Detectors.Typo;

/// <summary>
/// The window language model: ln P of the best segmentation of a short span into dictionary words, jieba's unigram
/// word probabilities plus, when a bigram table is given, a transition score between adjacent words: a bonus for a
/// pair seen in the bigram table (<c>weight · ln(1 + count)</c>) and a penalty for an unseen one (a crude back-off
/// weight, which is what makes 里/拜 much less likely than 礼拜 although both 里 and 拜 are common words).
/// A character that is no word on its own costs <see cref="UnknownCharLogProb"/>.
/// </summary>
internal static class SegmentScorer
{
    /// <summary>ln P of an unknown single character, relative to ln(total).</summary>
    public const double UnknownCharLogProb = -20.0;

    /// <summary>The longest word the scorer considers (longer dictionary words are rare in a ±3-char window).</summary>
    public const int MaxWordLength = 6;

    /// <summary>
    /// ln P of the best segmentation of <paramref name="span"/> (at most 64 chars). A character pair that jieba's
    /// dictionary lacks but official prose uses at least <paramref name="minAttested"/> times (算力, 提质) counts as a
    /// word too, its count scaled by <paramref name="ngramScale"/> to the dictionary's units.
    /// </summary>
    public static double BestLogProb(
        ReadOnlySpan<char> span,
        WordFrequencies words,
        CharNgramModel? ngram = null,
        int minAttested = 0,
        double ngramScale = 0,
        WordBigrams? bigrams = null,
        double boundaryPenalty = 0,
        double bigramWeight = 0)
    {
        var length = span.Length;
        if (length == 0)
        {
            return 0;
        }

        var maxLen = Math.Min(words.MaxWordLength, MaxWordLength);

        // best[j * maxLen + (len - 1)]: the best score of span[0, j) whose last word is span[j - len, j).
        Span<double> best = stackalloc double[(length + 1) * maxLen];
        best.Fill(double.NegativeInfinity);
        for (var j = 1; j <= length; j++)
        {
            for (var len = 1; len <= maxLen && len <= j; len++)
            {
                var word = span.Slice(j - len, len);
                var lp = WordLogProb(word, words, ngram, minAttested, ngramScale);
                if (double.IsNegativeInfinity(lp))
                {
                    continue;
                }

                var start = j - len;
                double b;
                if (start == 0)
                {
                    b = lp;
                }
                else
                {
                    b = double.NegativeInfinity;
                    for (var prev = 1; prev <= maxLen && prev <= start; prev++)
                    {
                        var before = best[(start * maxLen) + prev - 1];
                        if (double.IsNegativeInfinity(before))
                        {
                            continue;
                        }

                        var v = before + lp;
                        if (bigrams is not null)
                        {
                            var c = bigrams.Frequency(span.Slice(start - prev, prev), word);
                            v += c > 0 ? bigramWeight * Math.Log(1 + c) : -boundaryPenalty;
                        }

                        if (v > b)
                        {
                            b = v;
                        }
                    }
                }

                best[(j * maxLen) + len - 1] = b;
            }
        }

        var result = double.NegativeInfinity;
        for (var len = 1; len <= maxLen && len <= length; len++)
        {
            result = Math.Max(result, best[(length * maxLen) + len - 1]);
        }

        return result;
    }

    private static double WordLogProb(ReadOnlySpan<char> word, WordFrequencies words, CharNgramModel? ngram, int minAttested, double ngramScale)
    {
        var f = words.Freq(word);
        if (f > 0)
        {
            return words.LogProb(f);
        }

        int n;
        if (word.Length == 2 && ngram is not null && minAttested > 0 && (n = ngram.Count(word[0], word[1])) >= minAttested)
        {
            return Math.Log(n * ngramScale) - words.LogTotal;
        }

        return word.Length == 1 ? UnknownCharLogProb : double.NegativeInfinity;
    }
}
