using System.Text;
using ContentGuard.Segmentation;

namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Word frequencies of jieba's dictionary (dict.txt beside the application, ≈350k words with counts from a large
/// corpus): the unigram language model of the typo detector. Only words made wholly of CJK ideographs are kept.
/// Loaded once per process; read-only afterwards (safe for concurrent checks). Look-ups take spans (no allocation).
/// </summary>
internal sealed class WordFrequencies
{
    private static readonly Lazy<WordFrequencies> LazyShared = new(() => Load(Path.Combine(Segmenter.DictionaryDirectory, "dict.txt")));

    private readonly Dictionary<string, int> _freq;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<char, long> _charMass;
    private readonly PackedWordTable _short;
    private readonly PackedWordTable _classes;

    private WordFrequencies(Dictionary<string, int> freq, Dictionary<string, int> classes, Dictionary<char, long> charMass, long total, int maxWordLength)
    {
        _freq = freq;
        // 133k non-noun words of up to four characters: 1.5 slots each rounds up to 262,144 slots (3.1 MB) instead of 524,288.
        _classes = new PackedWordTable(classes, slack: 1.5);
        _lookup = freq.GetAlternateLookup<ReadOnlySpan<char>>();
        _short = new PackedWordTable(freq);
        _charMass = charMass;
        Total = total;
        LogTotal = Math.Log(total);
        MaxWordLength = maxWordLength;
    }

    /// <summary>The dictionary of the shared segmenter, loaded on first use.</summary>
    public static WordFrequencies Shared => LazyShared.Value;

    /// <summary>The sum of all word counts.</summary>
    public long Total { get; }

    /// <summary>ln(<see cref="Total"/>).</summary>
    public double LogTotal { get; }

    /// <summary>The longest word kept.</summary>
    public int MaxWordLength { get; }

    /// <summary>The number of words kept.</summary>
    public int Count => _freq.Count;

    /// <summary>The count of a word, 0 when it is not in the dictionary.</summary>
    public int Freq(ReadOnlySpan<char> word) =>
        word.Length <= PackedWordTable.MaxLength ? _short.Get(word) : _lookup.TryGetValue(word, out var f) ? f : 0;

    /// <summary>True when the word is in the dictionary (every kept word has a positive count).</summary>
    public bool Contains(ReadOnlySpan<char> word) => Freq(word) > 0;

    /// <summary>
    /// The coarse part of speech of a word of up to four characters from jieba's tag column: <see cref="WordClass.Unknown"/>
    /// when it is no dictionary word, <see cref="WordClass.Noun"/> for a dictionary word of no other class (nouns are the
    /// bulk of the dictionary and are not stored).
    /// </summary>
    public WordClass Class(ReadOnlySpan<char> word) =>
        _classes.Get(word) is var c and > 0 ? (WordClass)c : Freq(word) > 0 ? WordClass.Noun : WordClass.Unknown;

    /// <summary>The class of a jieba tag (n, v, a, ns, …).</summary>
    public static WordClass ClassOfTag(ReadOnlySpan<char> tag) => tag switch
    {
        "v" or "vi" or "vd" or "vg" or "vq" => WordClass.Verb,
        "ns" => WordClass.PlaceName,
        "vn" or "an" => WordClass.NominalVerb,
        "a" or "ag" => WordClass.Adjective,
        "ad" => WordClass.AdverbialAdjective,
        "b" => WordClass.Distinguishing,
        "d" or "df" or "dg" => WordClass.Adverb,
        "r" or "rr" or "rz" or "rg" => WordClass.Pronoun,
        "m" or "mq" or "mg" or "q" => WordClass.Numeral,
        "s" or "f" => WordClass.Locative,
        "i" or "l" => WordClass.Idiom,
        "" or "n" or "nr" or "nt" or "nz" or "ng" or "nrt" or "nrfg" => WordClass.Noun,
        _ => WordClass.Other,
    };

    /// <summary>The summed counts of the words containing the char: how common a character is in running text.</summary>
    public long CharMass(char c) => _charMass.TryGetValue(c, out var m) ? m : 0;

    /// <summary>Every word with its count.</summary>
    public IEnumerable<KeyValuePair<string, int>> Words => _freq;

    /// <summary>Every char with its mass.</summary>
    public IEnumerable<KeyValuePair<char, long>> Chars => _charMass;

    /// <summary>ln P(word) for a count.</summary>
    public double LogProb(int freq) => Math.Log(freq) - LogTotal;

    /// <summary>Reads a jieba dictionary file: <c>word count [tag]</c> per line.</summary>
    public static WordFrequencies Load(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Load(reader);
    }

    /// <summary>Reads a jieba dictionary: <c>word count [tag]</c> per line.</summary>
    public static WordFrequencies Load(TextReader reader)
    {
        var freq = new Dictionary<string, int>(360_000, StringComparer.Ordinal);
        var classes = new Dictionary<string, int>(140_000, StringComparer.Ordinal);
        var mass = new Dictionary<char, long>(24_000);
        long total = 0;
        var maxLen = 1;
        while (reader.ReadLine() is { } line)
        {
            var sp = line.IndexOf(' ', StringComparison.Ordinal);
            if (sp <= 0)
            {
                continue;
            }

            var word = line.AsSpan(0, sp);
            var rest = line.AsSpan(sp + 1);
            var tag = ReadOnlySpan<char>.Empty;
            var sp2 = rest.IndexOf(' ');
            if (sp2 >= 0)
            {
                tag = rest[(sp2 + 1)..].Trim();
                rest = rest[..sp2];
            }

            if (!int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                continue;
            }

            total += count;
            if (!AllHan(word))
            {
                continue;
            }

            var w = word.ToString();
            if (freq.TryGetValue(w, out var old))
            {
                count += old;
            }

            freq[w] = count;
            if (w.Length <= PackedWordTable.MaxLength && ClassOfTag(tag) is var wc and not WordClass.Noun)
            {
                classes[w] = (int)wc;
            }

            maxLen = Math.Max(maxLen, w.Length);
            foreach (var c in w)
            {
                mass[c] = (mass.TryGetValue(c, out var m) ? m : 0) + count;
            }
        }

        return new WordFrequencies(freq, classes, mass, Math.Max(total, 1), maxLen);
    }

    /// <summary>True for a CJK unified ideograph (basic block or extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool AllHan(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!IsHan(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
