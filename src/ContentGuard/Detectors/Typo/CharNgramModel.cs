using System.Collections.Frozen;
using ContentGuard.Data;

namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Character unigram and bigram counts of official prose (<c>lexicons/typo/charngram.tsv</c>, made by
/// <c>contentguard train ngram</c> from the government-report corpus): the context model of the typo scorer. It tells
/// whether a character pair is attested in official writing (提质, 省域 are right even if jieba's dictionary lacks them)
/// and how much more likely a candidate is than the typed character next to its neighbours.
/// </summary>
internal sealed class CharNgramModel
{
    public const string ResourceName = "lexicons/typo/charngram.tsv";

    private static readonly Lazy<CharNgramModel> LazyEmbedded = new(LoadEmbedded);

    private readonly FrozenDictionary<uint, int> _bigrams;
    private readonly FrozenDictionary<char, int> _unigrams;

    private CharNgramModel(FrozenDictionary<uint, int> bigrams, FrozenDictionary<char, int> unigrams, string version)
    {
        _bigrams = bigrams;
        _unigrams = unigrams;
        Version = version;
        Vocabulary = Math.Max(1, unigrams.Count);
    }

    /// <summary>A model that knows nothing (every count 0).</summary>
    public static CharNgramModel Empty { get; } = new(FrozenDictionary<uint, int>.Empty, FrozenDictionary<char, int>.Empty, "none");

    /// <summary>The embedded model (empty when the resource is missing).</summary>
    public static CharNgramModel Embedded => LazyEmbedded.Value;

    public string Version { get; }

    public int Vocabulary { get; }

    public int BigramCount => _bigrams.Count;

    /// <summary>The number of characters counted (the sum of the unigram counts).</summary>
    public long TotalCount => _unigrams.Values.Sum(n => (long)n);

    private static CharNgramModel LoadEmbedded() =>
        EmbeddedData.TryReadTable(ResourceName) is { } t ? FromTable(t) : Empty;

    public static CharNgramModel FromTable(TsvTable table)
    {
        var bi = new Dictionary<uint, int>();
        var uni = new Dictionary<char, int>();
        foreach (var row in table.Rows)
        {
            var gram = row["gram"];
            if (!int.TryParse(row["count"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            if (gram.Length == 1)
            {
                uni[gram[0]] = n;
            }
            else if (gram.Length == 2)
            {
                bi[Key(gram[0], gram[1])] = n;
            }
        }

        return new CharNgramModel(bi.ToFrozenDictionary(), uni.ToFrozenDictionary(), table.Version);
    }

    /// <summary>
    /// Adds the character and adjacent-pair counts of running text to <paramref name="unigrams"/> and
    /// <paramref name="bigrams"/> (CJK ideographs only; a pair never crosses anything else) and returns the characters
    /// counted. What <c>contentguard train ngram</c> writes.
    /// </summary>
    public static long CountText(IEnumerable<string> lines, Dictionary<char, int> unigrams, Dictionary<(char, char), int> bigrams)
    {
        long chars = 0;
        foreach (var line in lines)
        {
            var prev = '\0';
            foreach (var c in line)
            {
                if (!WordFrequencies.IsHan(c))
                {
                    prev = '\0';
                    continue;
                }

                chars++;
                unigrams[c] = unigrams.GetValueOrDefault(c) + 1;
                if (prev != '\0')
                {
                    bigrams[(prev, c)] = bigrams.GetValueOrDefault((prev, c)) + 1;
                }

                prev = c;
            }
        }

        return chars;
    }

    /// <summary>
    /// A model from counts made in memory (of part of a corpus, to train on its other part): every count is multiplied by
    /// <paramref name="scale"/> (rounded) so that a part counts like the whole corpus, and pairs whose scaled count is
    /// under <paramref name="minCount"/> are dropped, as in the shipped table.
    /// </summary>
    public static CharNgramModel FromCounts(IReadOnlyDictionary<char, int> unigrams, IReadOnlyDictionary<(char, char), int> bigrams, int minCount, double scale, string version)
    {
        var bi = new Dictionary<uint, int>();
        foreach (var ((a, b), n) in bigrams)
        {
            var scaled = (int)Math.Round(n * scale);
            if (scaled >= minCount)
            {
                bi[Key(a, b)] = scaled;
            }
        }

        return new CharNgramModel(bi.ToFrozenDictionary(), unigrams.ToFrozenDictionary(p => p.Key, p => (int)Math.Round(p.Value * scale)), version);
    }

    /// <summary>How often <paramref name="a"/> is followed by <paramref name="b"/>.</summary>
    public int Count(char a, char b) => _bigrams.TryGetValue(Key(a, b), out var n) ? n : 0;

    /// <summary>How often <paramref name="c"/> occurs.</summary>
    public int Count(char c) => _unigrams.TryGetValue(c, out var n) ? n : 0;

    /// <summary>ln P(b | a) with add-k smoothing.</summary>
    public double LogCond(char a, char b, double k = 0.1) => Math.Log((Count(a, b) + k) / (Count(a) + (k * Vocabulary)));

    /// <summary>
    /// ln P(text with <paramref name="x"/> at i) − ln P(text with <paramref name="c"/> at i), over the bigrams that touch i.
    /// </summary>
    public double Gain(char? left, char c, char x, char? right)
    {
        var g = 0.0;
        if (left is { } l)
        {
            g += LogCond(l, x) - LogCond(l, c);
        }

        if (right is { } r)
        {
            g += LogCond(x, r) - LogCond(c, r);
        }

        return g;
    }

    private static uint Key(char a, char b) => ((uint)a << 16) | b;
}
