using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ContentGuard.Lexicon;

/// <summary>
/// An immutable Aho-Corasick automaton over a double-array trie (built by <see cref="LexiconAutomatonBuilder"/>).
/// Finds every occurrence of every key, overlapping and nested, with exact offsets. Reads raw or normalized text alike:
/// folding (full-width, case, traditional → simplified, zero-width) is baked into its char table. Thread-safe.
/// </summary>
internal sealed class LexiconAutomaton
{
    /// <summary>Char code of a noise char (skipped between the characters of a term by the evasion-aware walk).</summary>
    internal const ushort NoiseCode = 0xFFFF;

    /// <summary>Char code of a zero-width char (always skipped by the evasion-aware walk).</summary>
    internal const ushort IgnoredCode = 0xFFFE;

    private const byte LatinStart = 1;
    private const byte LatinEnd = 2;

    private static readonly SearchValues<char> Letters = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ");

    private readonly ushort[] _codes;
    private readonly DoubleArrayNode[] _nodes;
    private readonly int[] _keyAt;
    private readonly int[] _fail;
    private readonly int[] _out;
    private readonly int[] _root;
    private readonly int[] _keyLength;
    private readonly byte[] _keyFlags;
    private readonly int _ringSize;

    internal LexiconAutomaton(string[] keys, ushort[] codes, DoubleArrayNode[] nodes, int[] fail, int[] output, int[] keyAt, PinyinSpeller? pinyin, int stateCount)
    {
        Keys = keys;
        _codes = codes;
        _nodes = nodes;
        _keyAt = keyAt;
        _fail = fail;
        _out = output;
        Pinyin = pinyin;
        StateCount = stateCount;
        var alphabetSize = 0;
        foreach (var code in codes)
        {
            if (code < IgnoredCode)
            {
                alphabetSize = Math.Max(alphabetSize, code);
            }
        }

        // The root's transitions as a small dense table (most chars are read at the root or just after falling back to it).
        _root = new int[alphabetSize + 1];
        for (var c = 1; c <= alphabetSize; c++)
        {
            var t = nodes[0].Base + c;
            _root[c] = (nodes[t].Check & int.MaxValue) == 0 ? t : 0;
        }

        _keyLength = new int[keys.Length];
        _keyFlags = new byte[keys.Length];
        var max = 1;
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            _keyLength[k] = key.Length;
            max = Math.Max(max, key.Length);
            _keyFlags[k] = (byte)((CharClasses.IsLatinAlnum(key[0]) ? LatinStart : 0) | (CharClasses.IsLatinAlnum(key[^1]) ? LatinEnd : 0));
        }

        MaxKeyLength = max;
        _ringSize = (int)BitOperations.RoundUpToPowerOf2((uint)max);
    }

    /// <summary>The distinct keys (folded terms), in the automaton's order; <see cref="LexiconMatch.Key"/> indexes them.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The number of trie states.</summary>
    public int StateCount { get; }

    /// <summary>The length of the double array (states plus free slots).</summary>
    public int SlotCount => _nodes.Length;

    /// <summary>The longest key.</summary>
    public int MaxKeyLength { get; }

    /// <summary>The pinyin table for spelled-out characters, or null when pinyin evasion is off.</summary>
    internal PinyinSpeller? Pinyin { get; }

    /// <summary>The code of a raw char: 0 when no key contains it, <see cref="NoiseCode"/>, <see cref="IgnoredCode"/>, else an alphabet code.</summary>
    internal int CodeOf(char c) => _codes[c];

    /// <summary>The state reached from <paramref name="state"/> by <paramref name="code"/> along the trie, or -1.</summary>
    internal int Goto(int state, int code)
    {
        var t = _nodes[state].Base + code;
        return (uint)t < (uint)_nodes.Length && (_nodes[t].Check & int.MaxValue) == state ? t : -1;
    }

    /// <summary>The key ending exactly at <paramref name="state"/>, or -1.</summary>
    internal int KeyAt(int state) => _keyAt[state];

    /// <summary>
    /// Plain find-all: every occurrence of every key in <paramref name="text"/> as it stands (no evasion), added to
    /// <paramref name="results"/> in order of their end. Allocates only when <paramref name="results"/> grows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a long loop: optimized from the first call
    public void FindAll(ReadOnlySpan<char> text, List<LexiconMatch> results)
    {
        ref var codes = ref MemoryMarshal.GetArrayDataReference(_codes);
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var root = ref MemoryMarshal.GetArrayDataReference(_root);
        ref var fail = ref MemoryMarshal.GetArrayDataReference(_fail);
        var s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = Unsafe.Add(ref codes, text[i]);
            if (c == 0 || c >= IgnoredCode)
            {
                s = 0;
                continue;
            }

            s = Transition(ref nodes, ref root, ref fail, s, c);

            if (Unsafe.Add(ref nodes, s).Check < 0)
            {
                EmitPlain(text, _out[s], i, results);
            }
        }
    }

    /// <summary>
    /// Evasion-aware find-all: skips noise characters between the characters of a key (赌*博, 色 情), collapses repeated
    /// characters (赌赌博), reads full-width, upper-case and traditional characters as their folded forms, and — when the
    /// automaton has a pinyin table — a run of Latin letters spelling characters (du品). Never spans a sentence end.
    /// </summary>
    /// <param name="text">Raw or normalized text.</param>
    /// <param name="noiseMask">Optional: true where the normalizer marked a char as noise (emoji); may be empty.</param>
    /// <param name="results">Receives the matches (ordered by end, pinyin matches last).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // stackalloc rules out on-stack replacement: optimize from the first call
    public void FindAllEvasive(ReadOnlySpan<char> text, ReadOnlySpan<bool> noiseMask, List<LexiconMatch> results)
    {
        int[]? rented = null;
        var ring = _ringSize <= 128 ? stackalloc int[128] : (rented = ArrayPool<int>.Shared.Rent(_ringSize));
        var ringMask = _ringSize <= 128 ? 127 : _ringSize - 1;
        ref var ringRef = ref MemoryMarshal.GetReference(ring);
        ref var codes = ref MemoryMarshal.GetArrayDataReference(_codes);
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var root = ref MemoryMarshal.GetArrayDataReference(_root);
        ref var fail = ref MemoryMarshal.GetArrayDataReference(_fail);
        var s = 0;
        var previous = -1;
        var consumed = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = Unsafe.Add(ref codes, text[i]);
            if ((uint)(c - 1) >= IgnoredCode - 1)
            {
                // 0: a char no key contains (resets, unless the normalizer marked it noise); noise or zero-width: skipped.
                if (c == 0 && !(!noiseMask.IsEmpty && noiseMask[i]))
                {
                    s = 0;
                    previous = -1;
                }

                continue;
            }

            if (c == previous && s != 0)
            {
                // A repeated character (赌赌博): collapse it when it continues no key longer than itself.
                var next = Step(s, c);
                if (IsCollapsible(s, next, c))
                {
                    continue;
                }

                s = next;
            }
            else
            {
                s = Transition(ref nodes, ref root, ref fail, s, c);
            }

            previous = c;
            Unsafe.Add(ref ringRef, consumed & ringMask) = i;
            consumed++;

            if (Unsafe.Add(ref nodes, s).Check < 0)
            {
                EmitEvasive(text, _out[s], i, ring, ringMask, consumed, results);
            }
        }

        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        if (Pinyin is not null && text.ContainsAny(Letters))
        {
            Pinyin.FindSpelled(this, text, noiseMask, results);
        }
    }

    /// <summary>One Aho-Corasick transition (for the rare paths).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Step(int s, int c) => Transition(
        ref MemoryMarshal.GetArrayDataReference(_nodes), ref MemoryMarshal.GetArrayDataReference(_root), ref MemoryMarshal.GetArrayDataReference(_fail), s, c);

    /// <summary>
    /// The automaton's transition from state <paramref name="s"/> on <paramref name="c"/>: along the trie when it can,
    /// else down the failure links (the root always has a move). Shared by both walks; inlined into their loops.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Transition(ref DoubleArrayNode nodes, ref int root, ref int fail, int s, int c)
    {
        while (true)
        {
            if (s == 0)
            {
                return Unsafe.Add(ref root, c);
            }

            var t = Unsafe.Add(ref nodes, s).Base + c;
            if ((Unsafe.Add(ref nodes, t).Check & int.MaxValue) == s)
            {
                return t;
            }

            s = Unsafe.Add(ref fail, s);
        }
    }

    /// <summary>True when repeating <paramref name="code"/> after <paramref name="from"/> reached no more than the char itself.</summary>
    private bool IsCollapsible(int from, int to, int code)
    {
        if (to == 0)
        {
            return true;
        }

        var single = _nodes[0].Base + code;
        return to == single && (_nodes[single].Check & int.MaxValue) == 0 && from != 0;
    }

    /// <summary>True when a Latin key's occurrence <c>[start, end)</c> stands as a whole word.</summary>
    internal bool IsWholeWord(ReadOnlySpan<char> text, int key, int start, int end)
    {
        var flags = _keyFlags[key];
        if (flags == 0)
        {
            return true;
        }

        if ((flags & LatinStart) != 0 && start > 0 && CharClasses.IsLatinAlnum(FoldedAt(text, start - 1)))
        {
            return false;
        }

        return (flags & LatinEnd) == 0 || end >= text.Length || !CharClasses.IsLatinAlnum(FoldedAt(text, end));
    }

    private static char FoldedAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        return c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
    }

    private void EmitPlain(ReadOnlySpan<char> text, int o, int i, List<LexiconMatch> results)
    {
        while (o != 0)
        {
            var key = _keyAt[o];
            var start = i + 1 - _keyLength[key];
            if (_keyFlags[key] == 0 || IsWholeWord(text, key, start, i + 1))
            {
                results.Add(new LexiconMatch(start, i + 1, key, Exact: true));
            }

            o = _out[_fail[o]];
        }
    }

    private void EmitEvasive(ReadOnlySpan<char> text, int o, int i, Span<int> ring, int ringMask, int consumed, List<LexiconMatch> results)
    {
        while (o != 0)
        {
            var key = _keyAt[o];
            var length = _keyLength[key];
            var start = ring[(consumed - length) & ringMask];
            if (_keyFlags[key] == 0 || IsWholeWord(text, key, start, i + 1))
            {
                results.Add(new LexiconMatch(start, i + 1, key, Exact: i + 1 - start == length));
            }

            o = _out[_fail[o]];
        }
    }
}

/// <summary>
/// One double-array slot, 8 bytes: the base of the state's transitions and the parent that owns the slot (-1: free);
/// the sign bit of <see cref="Check"/> marks a state with output (a key ends at it or on its failure chain), so the
/// hot loop reads one slot per char. Failure and output links live in separate arrays.
/// </summary>
internal struct DoubleArrayNode
{
    public int Base;
    public int Check;
}
