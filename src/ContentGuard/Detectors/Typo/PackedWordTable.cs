using System.Numerics;

namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Counts of words of one to four UTF-16 units, keyed by the units packed into a 64-bit integer (Han characters are never
/// 0, so words of different lengths never share a key): an open-addressing table with linear probing and a
/// multiplicative hash. The typo scorer looks words up tens of thousands of times per article, and this avoids the
/// string hashing of a <see cref="Dictionary{TKey, TValue}"/> look-up by span. Read-only after construction.
/// </summary>
internal sealed class PackedWordTable
{
    /// <summary>The longest word the table holds.</summary>
    public const int MaxLength = 4;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;
    private readonly int _mask;

    /// <param name="words">The words and their values (longer words are left out).</param>
    /// <param name="slack">Slots per word before rounding up to a power of two (2: the table is at most half full).</param>
    public PackedWordTable(IEnumerable<KeyValuePair<string, int>> words, double slack = 2.0)
    {
        var items = words.Where(kv => kv.Key.Length is > 0 and <= MaxLength).ToArray();
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (int)Math.Ceiling(items.Length * Math.Max(1.25, slack))));
        _keys = new ulong[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (word, count) in items)
        {
            var key = Pack(word);
            var i = Slot(key);
            while (_keys[i] != 0 && _keys[i] != key)
            {
                i = (i + 1) & _mask;
            }

            _keys[i] = key;
            _values[i] = count;
        }
    }

    /// <summary>The count of a word of at most <see cref="MaxLength"/> units (0 when absent or longer).</summary>
    public int Get(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength)
        {
            return 0;
        }

        var key = Pack(word);
        for (var i = Slot(key); ; i = (i + 1) & _mask)
        {
            var k = _keys[i];
            if (k == key)
            {
                return _values[i];
            }

            if (k == 0)
            {
                return 0;
            }
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private static ulong Pack(ReadOnlySpan<char> word)
    {
        ulong key = 0;
        foreach (var c in word)
        {
            key = (key << 16) | c;
        }

        return key;
    }
}
