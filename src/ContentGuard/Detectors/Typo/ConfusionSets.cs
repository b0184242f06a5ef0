using System.Collections.Frozen;
using ContentGuard.Normalization;

namespace ContentGuard.Detectors.Typo;

/// <summary>A character that may have been typed instead of another.</summary>
/// <param name="Char">The candidate (correct) character.</param>
/// <param name="SoundAlike">It shares a Mandarin reading with the typed character (tones ignored).</param>
/// <param name="LookAlike">It looks like the typed character.</param>
/// <param name="NearSound">It only sounds similar (a fuzzy reading: zh/z, ch/c, sh/s, n/l, an/ang, en/eng, in/ing).</param>
internal readonly record struct ConfusionCandidate(char Char, bool SoundAlike, bool LookAlike, bool NearSound = false);

/// <summary>
/// Confusion sets: for a typed character, the common characters that sound alike (same toneless reading in the Unihan
/// pinyin table) or look alike (the Unihan similar-shape table). Only characters common in running text (by their
/// mass in jieba's dictionary) are candidates. Built once per process.
/// </summary>
internal sealed class ConfusionSets
{
    /// <summary>A character is a candidate when the words containing it sum to at least this many counts in jieba's dictionary.</summary>
    public const long CommonCharMass = 3000;

    private static readonly Lazy<ConfusionSets> LazyShared = new(() => Build(WordFrequencies.Shared));

    private readonly FrozenDictionary<char, ConfusionCandidate[]> _sets;
    private readonly Lazy<FrozenDictionary<char, ConfusionCandidate[]>> _typedAs;

    private ConfusionSets(FrozenDictionary<char, ConfusionCandidate[]> sets)
    {
        _sets = sets;
        _typedAs = new Lazy<FrozenDictionary<char, ConfusionCandidate[]>>(Invert);
    }

    /// <summary>The sets built from the shared dictionary and the Unihan tables.</summary>
    public static ConfusionSets Shared => LazyShared.Value;

    /// <summary>The number of characters with a set.</summary>
    public int Count => _sets.Count;

    /// <summary>The candidates for a typed character (empty when it has none); fuzzy-reading candidates come last.</summary>
    public ReadOnlySpan<ConfusionCandidate> For(char c) => _sets.TryGetValue(c, out var s) ? s : [];

    /// <summary>
    /// The other direction of <see cref="For"/>: the characters that, typed instead of <paramref name="right"/>, would get
    /// <paramref name="right"/> as a same-reading or look-alike candidate (fuzzy readings left out). Each entry's
    /// <see cref="ConfusionCandidate.Char"/> is the typed character and its flags are those of <paramref name="right"/> in
    /// <c>For(typed)</c>; ordered by code point. Used to make synthetic typos the detector can propose back.
    /// </summary>
    public ReadOnlySpan<ConfusionCandidate> TypedAs(char right) => _typedAs.Value.TryGetValue(right, out var s) ? s : [];

    public static ConfusionSets Build(WordFrequencies words)
    {
        var common = new HashSet<char>();
        foreach (var (c, mass) in words.Chars)
        {
            if (mass >= CommonCharMass)
            {
                common.Add(c);
            }
        }

        var byReading = new Dictionary<string, List<char>>(StringComparer.Ordinal);
        foreach (var c in common)
        {
            if (CharData.Pinyin.TryGetValue(c, out var readings))
            {
                foreach (var r in readings)
                {
                    if (!byReading.TryGetValue(r, out var list))
                    {
                        byReading[r] = list = [];
                    }

                    list.Add(c);
                }
            }
        }

        var reverseShape = new Dictionary<char, List<char>>();
        foreach (var (k, list) in CharData.SimilarShape)
        {
            foreach (var s in list)
            {
                if (s.Length == 1)
                {
                    if (!reverseShape.TryGetValue(s[0], out var r))
                    {
                        reverseShape[s[0]] = r = [];
                    }

                    r.Add(k);
                }
            }
        }

        var sets = new Dictionary<char, ConfusionCandidate[]>();
        var fuzzy = new List<string>();
        var found = new Dictionary<char, ConfusionCandidate>();
        foreach (var c in common)
        {
            found.Clear();
            CharData.Pinyin.TryGetValue(c, out var allReadings);
            var readings = allReadings is { Length: > 0 } ? allReadings[..1] : allReadings;
            if (readings is not null)
            {
                foreach (var r in readings)
                {
                    foreach (var x in byReading[r])
                    {
                        if (x != c)
                        {
                            found[x] = new ConfusionCandidate(x, SoundAlike: true, LookAlike: false);
                        }
                    }
                }
            }

            if (readings is not null)
            {
                foreach (var r in readings)
                {
                    fuzzy.Clear();
                    FuzzyReadings(r, fuzzy);
                    foreach (var fr in fuzzy)
                    {
                        if (!byReading.TryGetValue(fr, out var near))
                        {
                            continue;
                        }

                        foreach (var x in near)
                        {
                            if (x != c && !found.ContainsKey(x))
                            {
                                found[x] = new ConfusionCandidate(x, SoundAlike: false, LookAlike: false, NearSound: true);
                            }
                        }
                    }
                }
            }

            Shape(c, common, found, reverseShape);
            if (found.Count > 0)
            {
                // Same-reading and look-alike candidates first, fuzzy readings last (a scorer may stop at the first fuzzy one).
                sets[c] = [.. found.Values.OrderBy(v => v.NearSound).ThenByDescending(v => words.CharMass(v.Char))];
            }
        }

        return new ConfusionSets(sets.ToFrozenDictionary());
    }

    private FrozenDictionary<char, ConfusionCandidate[]> Invert()
    {
        var inverse = new Dictionary<char, List<ConfusionCandidate>>();
        foreach (var (typed, candidates) in _sets)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.SoundAlike || candidate.LookAlike)
                {
                    if (!inverse.TryGetValue(candidate.Char, out var list))
                    {
                        inverse[candidate.Char] = list = [];
                    }

                    list.Add(candidate with { Char = typed });
                }
            }
        }

        return inverse.ToFrozenDictionary(p => p.Key, p => p.Value.OrderBy(v => v.Char).ToArray());
    }

    /// <summary>Readings one fuzzy step away: zh/z, ch/c, sh/s, n/l initials; an/ang, en/eng, in/ing finals.</summary>
    internal static void FuzzyReadings(string r, List<string> into)
    {
        (string, string)[] initials = [("zh", "z"), ("ch", "c"), ("sh", "s")];
        foreach (var (a, b) in initials)
        {
            if (r.StartsWith(a, StringComparison.Ordinal))
            {
                into.Add(b + r[a.Length..]);
            }
            else if (r.StartsWith(b, StringComparison.Ordinal) && !r.StartsWith(b + "h", StringComparison.Ordinal))
            {
                into.Add(a + r[b.Length..]);
            }
        }

        if (r.StartsWith('n') && r != "n" && r != "ng")
        {
            into.Add("l" + r[1..]);
        }
        else if (r.StartsWith('l'))
        {
            into.Add("n" + r[1..]);
        }

        if (r.EndsWith("ang", StringComparison.Ordinal) || r.EndsWith("eng", StringComparison.Ordinal) || r.EndsWith("ing", StringComparison.Ordinal))
        {
            into.Add(r[..^1]);
        }
        else if (r.EndsWith("an", StringComparison.Ordinal) || r.EndsWith("en", StringComparison.Ordinal) || r.EndsWith("in", StringComparison.Ordinal))
        {
            into.Add(r + "g");
        }
    }

    private static void Shape(char c, HashSet<char> common, Dictionary<char, ConfusionCandidate> found, Dictionary<char, List<char>> reverseShape)
    {
        void Add(char x)
        {
            if (x == c || !common.Contains(x))
            {
                return;
            }

            found[x] = found.TryGetValue(x, out var old) ? old with { LookAlike = true, NearSound = false } : new ConfusionCandidate(x, SoundAlike: false, LookAlike: true);
        }

        if (CharData.SimilarShape.TryGetValue(c, out var similar))
        {
            foreach (var s in similar)
            {
                if (s.Length == 1)
                {
                    Add(s[0]);
                }
            }
        }

        if (reverseShape.TryGetValue(c, out var back))
        {
            foreach (var x in back)
            {
                Add(x);
            }
        }
    }
}
