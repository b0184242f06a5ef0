using ContentGuard.Detection;

namespace ContentGuard.Lexicon;

/// <summary>
/// Finds a folded key in normalized text skipping noise between its characters, as the automaton does, for the few
/// strings of a per-request allow-list or a curated table (no automaton is built for them).
/// </summary>
internal static class NoiseTolerantSearch
{
    public static void FindAll(NormalizedText text, string key, CharClasses classes, Action<int, int> found)
    {
        var s = text.Text;
        for (var at = s.IndexOf(key[0], StringComparison.Ordinal); at >= 0; at = at + 1 < s.Length ? s.IndexOf(key[0], at + 1) : -1)
        {
            var end = MatchAt(text, at, key, classes);
            if (end >= 0)
            {
                found(at, end);
            }
        }
    }

    /// <summary>
    /// The end of an occurrence of <paramref name="key"/> starting exactly at <paramref name="start"/>, or -1. Between
    /// the key's characters the text may hold noise (<see cref="NormalizedText.IsNoise"/>, and with
    /// <paramref name="classes"/> also what the lexicon treats as noise).
    /// </summary>
    public static int MatchAt(NormalizedText text, int start, string key, CharClasses? classes = null)
    {
        var s = text.Text;
        if (key.Length == 0 || start >= s.Length || s[start] != key[0])
        {
            return -1;
        }

        var j = start + 1;
        var k = 1;
        while (j < s.Length && k < key.Length)
        {
            if (s[j] == key[k])
            {
                j++;
                k++;
            }
            else if (text.IsNoise(j) || (classes?.IsNoise(s[j]) ?? false))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return k == key.Length ? j : -1;
    }
}
