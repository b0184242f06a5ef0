using System.Collections.Frozen;

namespace ContentGuard.Detectors.Wording;

/// <summary>The kind of a one-character difference between a text window and a canonical string.</summary>
internal enum EditKind
{
    /// <summary>One character replaced (习近评).</summary>
    Substitution,

    /// <summary>One extra character inside (习近近平).</summary>
    Insertion,

    /// <summary>One character dropped inside (以人民为中心发展思想).</summary>
    Deletion,
}

/// <summary>A window of the compact text that is one edit away from canonical string <see cref="Entry"/>.</summary>
/// <param name="Entry">Index of the canonical string.</param>
/// <param name="Start">First index of the window in the compact text.</param>
/// <param name="Length">Length of the window.</param>
/// <param name="Kind">The edit.</param>
/// <param name="At">Index inside the window of the substituted or inserted char; for a deletion, the index in the canonical string of the dropped char.</param>
internal readonly record struct NearMiss(int Entry, int Start, int Length, EditKind Kind, int At);

/// <summary>
/// Finds windows of a text that are exactly one substitution, interior insertion or interior deletion away from one of
/// a fixed set of canonical strings. Strings of 2–3 chars are anchored on their first and last char, longer ones on
/// their bigrams at 0 and 2 (one edit always leaves one anchor intact), so a check touches only a few candidates per
/// char. Exact occurrences are not reported. Immutable and thread-safe.
/// </summary>
internal sealed class NearMissIndex
{
    private readonly string[] _patterns;
    private readonly FrozenDictionary<char, Anchor[]> _anchors;

    public NearMissIndex(IReadOnlyList<string> patterns)
    {
        _patterns = [.. patterns];
        var anchors = new Dictionary<char, List<Anchor>>();
        for (var e = 0; e < _patterns.Length; e++)
        {
            var p = _patterns[e];
            if (p.Length < 2)
            {
                continue;
            }

            if (p.Length <= 3)
            {
                Add(anchors, p[0], new Anchor(e, 0, 1));
                Add(anchors, p[^1], new Anchor(e, p.Length - 1, 1));
            }
            else
            {
                Add(anchors, p[0], new Anchor(e, 0, 2));
                Add(anchors, p[2], new Anchor(e, 2, 2));
            }
        }

        _anchors = anchors.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public string Pattern(int entry) => _patterns[entry];

    /// <summary>Every near miss in <paramref name="text"/>, in no particular order.</summary>
    public List<NearMiss> Find(string text)
    {
        var result = new List<NearMiss>();
        HashSet<long>? seen = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!_anchors.TryGetValue(text[i], out var list))
            {
                continue;
            }

            foreach (var a in list)
            {
                var p = _patterns[a.Entry];
                if (a.Length == 2 && (i + 1 >= text.Length || text[i + 1] != p[a.Offset + 1]))
                {
                    continue;
                }

                var s0 = i - a.Offset;
                var n = p.Length;
                seen ??= [];
                Try(text, a.Entry, s0, n, result, seen);
                Try(text, a.Entry, s0 - 1, n + 1, result, seen);
                Try(text, a.Entry, s0, n + 1, result, seen);
                Try(text, a.Entry, s0 + 1, n - 1, result, seen);
                Try(text, a.Entry, s0, n - 1, result, seen);
            }
        }

        return result;
    }

    private void Try(string text, int entry, int start, int length, List<NearMiss> result, HashSet<long> seen)
    {
        if (start < 0 || length < 1 || start + length > text.Length)
        {
            return;
        }

        if (!seen.Add(((long)entry << 40) | ((long)start << 8) | (uint)(length - _patterns[entry].Length + 1)))
        {
            return;
        }

        var p = _patterns[entry].AsSpan();
        var w = text.AsSpan(start, length);
        var prefix = 0;
        var max = Math.Min(p.Length, w.Length);
        while (prefix < max && p[prefix] == w[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < max - prefix && p[p.Length - 1 - suffix] == w[w.Length - 1 - suffix])
        {
            suffix++;
        }

        if (w.Length == p.Length)
        {
            if (prefix + suffix == p.Length - 1)
            {
                result.Add(new NearMiss(entry, start, length, EditKind.Substitution, prefix));
            }
        }
        else if (w.Length == p.Length + 1)
        {
            // The extra char sits at index `prefix` of the window; it must be inside, not at either end.
            if (prefix + suffix >= p.Length && prefix >= 1 && prefix <= p.Length - 1)
            {
                result.Add(new NearMiss(entry, start, length, EditKind.Insertion, prefix));
            }
        }
        else if (prefix + suffix >= w.Length && prefix >= 1 && prefix <= p.Length - 2)
        {
            result.Add(new NearMiss(entry, start, length, EditKind.Deletion, prefix));
        }
    }

    private static void Add(Dictionary<char, List<Anchor>> anchors, char c, Anchor a)
    {
        if (!anchors.TryGetValue(c, out var list))
        {
            anchors[c] = list = [];
        }

        list.Add(a);
    }

    private readonly record struct Anchor(int Entry, int Offset, int Length);
}
