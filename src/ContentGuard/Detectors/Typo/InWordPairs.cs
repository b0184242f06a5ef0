namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Every pair of adjacent characters inside a dictionary word of at least <c>minFreq</c> counts: a fast filter that
/// drops confusion candidates which cannot form a word with either neighbour before any word look-up.
/// </summary>
internal sealed class InWordPairs
{
    private readonly HashSet<uint> _pairs;

    private InWordPairs(HashSet<uint> pairs) => _pairs = pairs;

    public int Count => _pairs.Count;

    public static InWordPairs Build(WordFrequencies words, int minFreq)
    {
        var set = new HashSet<uint>();
        foreach (var (w, f) in words.Words)
        {
            if (f < minFreq)
            {
                continue;
            }

            for (var i = 1; i < w.Length; i++)
            {
                set.Add(Key(w[i - 1], w[i]));
            }
        }

        return new InWordPairs(set);
    }

    /// <summary>True when <paramref name="a"/> followed by <paramref name="b"/> occurs inside some word.</summary>
    public bool Contains(char a, char b) => _pairs.Contains(Key(a, b));

    private static uint Key(char a, char b) => ((uint)a << 16) | b;
}
