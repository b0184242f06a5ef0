using System.Collections.Frozen;
using ContentGuard.Normalization;

namespace ContentGuard.Lexicon;

/// <summary>
/// Pinyin evasion (du品, 赌bo): a run of Latin letters that spells one or more syllables stands for any character of
/// the lexicon's alphabet with that reading (Unihan readings, <see cref="CharData.Pinyin"/>). Runs only around letter
/// runs, so text without Latin letters costs one vectorized scan. A match must contain at least one real character
/// besides the spelled ones, and uses the whole letter run.
/// </summary>
internal sealed class PinyinSpeller
{
    private const int MaxSyllable = 6;
    private const int MaxSegmentations = 8;

    private readonly FrozenDictionary<string, ushort[]> _codesOfSyllable;
    private readonly FrozenDictionary<string, ushort[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PinyinSpeller(FrozenDictionary<string, ushort[]> codesOfSyllable)
    {
        _codesOfSyllable = codesOfSyllable;
        _lookup = codesOfSyllable.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The syllable table for an alphabet (code of each char, 0 when not in the lexicon).</summary>
    public static PinyinSpeller? Create(ushort[] codeOfChar)
    {
        var map = new Dictionary<string, List<ushort>>(StringComparer.Ordinal);
        foreach (var (ch, readings) in CharData.Pinyin)
        {
            var code = codeOfChar[ch];
            if (code == 0)
            {
                continue;
            }

            foreach (var r in readings)
            {
                if (!map.TryGetValue(r, out var list))
                {
                    map[r] = list = [];
                }

                if (!list.Contains(code))
                {
                    list.Add(code);
                }
            }
        }

        return map.Count == 0 ? null : new PinyinSpeller(map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>True when <paramref name="syllable"/> is the reading of some character of the lexicon.</summary>
    public bool IsSyllable(ReadOnlySpan<char> syllable) => _lookup.ContainsKey(syllable);

    /// <summary>Adds the matches that read a letter run as pinyin.</summary>
    public void FindSpelled(LexiconAutomaton automaton, ReadOnlySpan<char> text, ReadOnlySpan<bool> noiseMask, List<LexiconMatch> results)
    {
        var i = 0;
        Span<char> lower = stackalloc char[64];
        while (i < text.Length)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsLetter(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (length > lower.Length || !NextToLexiconChar(automaton, text, noiseMask, start, i))
            {
                continue; // most Latin words in Chinese text (GDP, APP) stand next to no lexicon character: no allocation
            }

            for (var j = 0; j < length; j++)
            {
                lower[j] = (char)(Fold(text[start + j]) | 0x20);
            }

            foreach (var syllables in Segment(lower[..length]))
            {
                Search(automaton, text, noiseMask, start, i, syllables, results);
            }
        }
    }

    /// <summary>True when the nearest real character before or after the run (noise skipped) is in the lexicon's alphabet.</summary>
    private static bool NextToLexiconChar(LexiconAutomaton automaton, ReadOnlySpan<char> text, ReadOnlySpan<bool> noiseMask, int start, int end)
    {
        for (var p = start - 1; p >= 0; p--)
        {
            var code = Classify(automaton, text, noiseMask, p, out var skip);
            if (!skip)
            {
                if (code != 0)
                {
                    return true;
                }

                break;
            }
        }

        for (var p = end; p < text.Length; p++)
        {
            var code = Classify(automaton, text, noiseMask, p, out var skip);
            if (!skip)
            {
                return code != 0;
            }
        }

        return false;
    }

    private static bool IsLetter(char c) => Fold(c) is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>Every way (up to a few) to split a run into known syllables.</summary>
    private List<ushort[][]> Segment(ReadOnlySpan<char> run)
    {
        var result = new List<ushort[][]>();
        var current = new List<ushort[]>();
        Recurse(run, 0, current, result);
        return result;
    }

    private void Recurse(ReadOnlySpan<char> run, int at, List<ushort[]> current, List<ushort[][]> result)
    {
        if (result.Count >= MaxSegmentations)
        {
            return;
        }

        if (at == run.Length)
        {
            result.Add([.. current]);
            return;
        }

        for (var len = Math.Min(MaxSyllable, run.Length - at); len >= 1; len--)
        {
            if (_lookup.TryGetValue(run.Slice(at, len), out var codes))
            {
                current.Add(codes);
                Recurse(run, at + len, current, result);
                current.RemoveAt(current.Count - 1);
            }
        }
    }

    /// <summary>Walks the trie over a window: the real characters around the run and its syllables.</summary>
    private static void Search(LexiconAutomaton automaton, ReadOnlySpan<char> text, ReadOnlySpan<bool> noiseMask, int runStart, int runEnd, ushort[][] syllables, List<LexiconMatch> results)
    {
        var context = automaton.MaxKeyLength;
        var slots = new List<Slot>();

        // Real characters before the run (same sentence, noise skipped), nearest last.
        var before = new List<Slot>();
        for (var p = runStart - 1; p >= 0 && before.Count < context; p--)
        {
            var code = Classify(automaton, text, noiseMask, p, out var skip);
            if (skip)
            {
                continue;
            }

            if (code == 0)
            {
                break;
            }

            before.Add(new Slot(p, p + 1, [(ushort)code], Spelled: false));
        }

        before.Reverse();
        slots.AddRange(before);
        var firstSyllable = slots.Count;
        for (var k = 0; k < syllables.Length; k++)
        {
            // Syllable boundaries inside the run are not needed for offsets: a match spans the whole run.
            slots.Add(new Slot(runStart, runEnd, syllables[k], Spelled: true));
        }

        var lastSyllable = slots.Count - 1;
        for (int p = runEnd, taken = 0; p < text.Length && taken < context; p++)
        {
            var code = Classify(automaton, text, noiseMask, p, out var skip);
            if (skip)
            {
                continue;
            }

            if (code == 0)
            {
                break;
            }

            slots.Add(new Slot(p, p + 1, [(ushort)code], Spelled: false));
            taken++;
        }

        // A match must use every syllable of the run and at least one real character.
        for (var from = 0; from <= firstSyllable; from++)
        {
            Walk(automaton, slots, from, 0, from, firstSyllable, lastSyllable, results);
        }
    }

    private static void Walk(LexiconAutomaton automaton, List<Slot> slots, int from, int state, int at, int firstSyllable, int lastSyllable, List<LexiconMatch> results)
    {
        if (at >= slots.Count)
        {
            return;
        }

        foreach (var code in slots[at].Codes)
        {
            var next = automaton.Goto(state, code);
            if (next < 0)
            {
                continue;
            }

            if (at >= lastSyllable && automaton.KeyAt(next) is var key and >= 0 && (from < firstSyllable || at > lastSyllable))
            {
                var m = new LexiconMatch(slots[from].Start, slots[at].End, key, Exact: false);
                if (!results.Contains(m))
                {
                    results.Add(m);
                }
            }

            Walk(automaton, slots, from, next, at + 1, firstSyllable, lastSyllable, results);
        }
    }

    private static int Classify(LexiconAutomaton automaton, ReadOnlySpan<char> text, ReadOnlySpan<bool> noiseMask, int p, out bool skip)
    {
        var code = automaton.CodeOf(text[p]);
        skip = code >= LexiconAutomaton.IgnoredCode || (code == 0 && !noiseMask.IsEmpty && noiseMask[p]);
        return skip || IsLetter(text[p]) ? 0 : code;
    }

    private readonly record struct Slot(int Start, int End, ushort[] Codes, bool Spelled);
}
