namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Every pair of adjacent characters inside a dictionary word of at least <c>minFreq</c> counts: a fast filter that
/// drops confusion candidates which cannot form a word with either neighbour before any word look-up. It is asked tens
/// of times per character checked, so it is a bit matrix over the characters that occur in such words (a dense index
/// per BMP character, one bit per ordered pair), not a hash set.
/// </summary>
internal sealed class InWordPairs
{
    private readonly ushort[] _index;
    private readonly ulong[] _bits;
    private readonly int _size;

    private InWordPairs(ushort[] index, ulong[] bits, int size, int count)
    {
        _index = index;
        _bits = bits;
        _size = size;
        Count = count;
    }

    /// <summary>The number of distinct ordered pairs.</summary>
    public int Count { get; }

    public static InWordPairs Build(WordFrequencies words, int minFreq)
    {
        // Index 0 means "in no pair"; characters are numbered from 1 in order of first appearance.
        var index = new ushort[char.MaxValue + 1];
        var size = 1;
        var pairs = new List<(ushort, ushort)>();
        foreach (var (w, f) in words.Words)
        {
            if (f < minFreq)
            {
                continue;
            }

            for (var i = 1; i < w.Length; i++)
            {
                pairs.Add((Number(w[i - 1]), Number(w[i])));
            }
        }

        var bits = new ulong[(((long)size * size) + 63) / 64];
        var count = 0;
        foreach (var (a, b) in pairs)
        {
            var k = ((long)a * size) + b;
            ref var word = ref bits[k >> 6];
            var mask = 1UL << (int)(k & 63);
            if ((word & mask) == 0)
            {
                word |= mask;
                count++;
            }
        }

        return new InWordPairs(index, bits, size, count);

        ushort Number(char c)
        {
            if (index[c] == 0)
            {
                if (size == ushort.MaxValue)
                {
                    throw new InvalidOperationException("Too many distinct characters for the pair matrix.");
                }

                index[c] = (ushort)size++;
            }

            return index[c];
        }
    }

    /// <summary>True when <paramref name="a"/> followed by <paramref name="b"/> occurs inside some word.</summary>
    public bool Contains(char a, char b)
    {
        int x = _index[a], y = _index[b];
        if (x == 0 || y == 0)
        {
            return false;
        }

        var k = ((long)x * _size) + y;
        return (_bits[k >> 6] & (1UL << (int)(k & 63))) != 0;
    }
}
