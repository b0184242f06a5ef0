using ContentGuard.Detection;

namespace ContentGuard.Lexicon;

/// <summary>
/// Finds a folded key in normalized text skipping noise between its characters, as the automaton does, for the few
/// strings of a per-request allow-list (no automaton is built per request).
/// </summary>
internal static class NoiseTolerantSearch
{
    public static void FindAll(NormalizedText text, string key, CharClasses classes, Action<int, int> found)
    {
        var s = text.Text;
        for (var at = s.IndexOf(key[0], StringComparison.Ordinal); at >= 0; at = at + 1 < s.Length ? s.IndexOf(key[0], at + 1) : -1)
        {
            var j = at + 1;
            var k = 1;
            while (j < s.Length && k < key.Length)
            {
                if (s[j] == key[k])
                {
                    j++;
                    k++;
                }
                else if (text.IsNoise(j) || classes.IsNoise(s[j]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (k == key.Length)
            {
                found(at, j);
            }
        }
    }
}
